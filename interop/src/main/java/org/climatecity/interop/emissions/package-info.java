/**
 * Readers of emissions tables from outside the model, such as long-format municipal emissions as CSV
 * ({@link org.climatecity.interop.emissions.EmissionsCsv}).
 */
@NullMarked
package org.climatecity.interop.emissions;

import org.jspecify.annotations.NullMarked;
