/**
 * Climate targets: kinds, boundaries, baselines, milestones and pathway shapes.
 */
@NullMarked
package org.climatecity.core.targets;

import org.jspecify.annotations.NullMarked;
