/**
 * Values shared across the model: money, provenance and governance levels.
 */
@NullMarked
package org.climatecity.core.common;

import org.jspecify.annotations.NullMarked;
