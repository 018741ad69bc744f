/**
 * Reading and writing climate-city programme documents.
 */
@NullMarked
package org.climatecity.serialization;

import org.jspecify.annotations.NullMarked;
