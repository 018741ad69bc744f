/**
 * Pilots with their effect per driver unit, and plans that scale them in stages with adoption curves.
 */
@NullMarked
package org.climatecity.core.pilot;

import org.jspecify.annotations.NullMarked;
