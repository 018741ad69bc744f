/**
 * The calculations planners repeat by hand: trends of observed emissions, target paths and budgets, gaps and
 * action-plan figures, and the scaling of pilots.
 *
 * <p>Observed figures are a {@link org.climatecity.core.calc.YearlySeries}; everything calculated for the future is
 * an {@link org.climatecity.core.calc.EmissionsProjection} or another result record. The two are unrelated types, so a
 * projection can never be passed where actual figures are expected, nor the reverse. All functions are pure and
 * deterministic, and all result types are immutable.
 */
@NullMarked
package org.climatecity.core.calc;

import org.jspecify.annotations.NullMarked;
