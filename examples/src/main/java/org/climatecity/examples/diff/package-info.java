/**
 * What changed between two documents, written for people and tools: the {@code diff} command's text, JSON and
 * Markdown.
 */
@NullMarked
package org.climatecity.examples.diff;

import org.jspecify.annotations.NullMarked;
