/**
 * Helpers that the library's own modules share: the shortening of echoed input in messages and the writing of output
 * files. Exported only to those modules; not part of the public API.
 */
@NullMarked
package org.climatecity.core.internal;

import org.jspecify.annotations.NullMarked;
