/**
 * The serialization engine: streaming codecs built from the format's declaration, the reader that collects every
 * problem, the writer that puts unknown properties back, mapper building, parser-failure classification and atomic
 * file writes. Not exported: the public API is {@code org.climatecity.serialization}.
 */
@NullMarked
package org.climatecity.serialization.engine;

import org.jspecify.annotations.NullMarked;
