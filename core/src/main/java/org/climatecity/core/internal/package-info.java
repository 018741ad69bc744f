/**
 * Internal helpers; not exported.
 */
@NullMarked
package org.climatecity.core.internal;

import org.jspecify.annotations.NullMarked;
