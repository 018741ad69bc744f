/**
 * Areas that scopes and scaling stages cover, and how they nest.
 */
@NullMarked
package org.climatecity.core.geo;

import org.jspecify.annotations.NullMarked;
