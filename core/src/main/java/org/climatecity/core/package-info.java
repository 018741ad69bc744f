/**
 * The library's exception, {@link org.climatecity.core.ClimateCityException}, the one unchecked exception family of
 * the model. The whole document is {@link org.climatecity.core.document.ProgrammeDocument}.
 */
@NullMarked
package org.climatecity.core;

import org.jspecify.annotations.NullMarked;
