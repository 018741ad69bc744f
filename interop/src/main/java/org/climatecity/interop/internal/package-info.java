/**
 * The engine behind the importers and exporters: reading and writing CSV tables by header name with Jackson's CSV
 * data format, collecting report entries, parsing and formatting numbers. It depends on the API package
 * ({@code org.climatecity.interop}), never the other way round. Not exported.
 */
@NullMarked
package org.climatecity.interop.internal;

import org.jspecify.annotations.NullMarked;
