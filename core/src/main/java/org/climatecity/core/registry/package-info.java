/**
 * The embedded registry of Sweden's 290 municipalities and 21 counties.
 */
@NullMarked
package org.climatecity.core.registry;

import org.jspecify.annotations.NullMarked;
