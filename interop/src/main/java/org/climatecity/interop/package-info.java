/**
 * Importing and exporting the data of other systems: what an import gives
 * ({@link org.climatecity.interop.ImportResult}, a document and its {@link org.climatecity.interop.ImportReport}), and
 * the exception for input that cannot be imported at all ({@link org.climatecity.interop.ImportException}). The
 * importers and exporters of each format live in a package of their own: {@code citycatalyst}, {@code openclimate} and
 * {@code klimatkollen}.
 *
 * <p>An import keeps what the model can hold and names everything else in its report: every value dropped,
 * approximated, mapped by assumption or found inconsistent is an {@link org.climatecity.interop.ReportEntry} with its
 * file, line or JSON pointer, a stable code and a message. Nothing is dropped without an entry.
 *
 * @since 0.1.0
 */
@NullMarked
package org.climatecity.interop;

import org.jspecify.annotations.NullMarked;
