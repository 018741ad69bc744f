/**
 * The document format, declared once ({@link org.climatecity.serialization.format.ModelFormat}): what the format says
 * about each record and sealed type of the model. The codecs, the JSON Schema generator and the problem locator
 * read it. Not exported.
 */
@NullMarked
package org.climatecity.serialization.format;

import org.jspecify.annotations.NullMarked;
