/**
 * Date and year ranges.
 */
@NullMarked
package org.climatecity.core.time;

import org.jspecify.annotations.NullMarked;
