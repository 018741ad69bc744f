/**
 * Files the examples and the command-line tool write, written so that a failure (a full disk, a file-size limit)
 * leaves what was there before, never a half-written file.
 */
package org.climatecity.examples.io;
