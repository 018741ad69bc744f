/**
 * Climate targets: kinds, boundaries, baselines, milestones and pathway shapes.
 */
@NullMarked
package org.climatecity.core.target;

import org.jspecify.annotations.NullMarked;
