/**
 * The climate-city model's entry points: the whole {@link org.climatecity.core.ProgrammeDocument} and the library's
 * exception.
 */
@NullMarked
package org.climatecity.core;

import org.jspecify.annotations.NullMarked;
