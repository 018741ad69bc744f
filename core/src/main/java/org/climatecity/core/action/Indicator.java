package org.climatecity.core.action;

import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * An indicator by which an action's progress is followed, such as "charging points" counted in "points".
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the indicator's name, not blank
 * @param unit the unit, not blank
 * @param baseline the value at the start, or null
 * @param target the value to reach, or null
 * @param targetYear the year to reach the target by, or null
 * @since 0.1.0
 */
public record Indicator(String name, String unit, @Nullable Double baseline, @Nullable Double target,
        @Nullable Integer targetYear) {

    /**
     * Creates an indicator.
     *
     * @param name the name, not blank
     * @param unit the unit, not blank
     * @param baseline the baseline value, or null
     * @param target the target value, or null
     * @param targetYear the target year, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or out of range
     */
    public Indicator {
        name = Require.text(name, "indicator name");
        unit = Require.text(unit, "indicator unit");
        if (baseline != null) {
            Require.finite(baseline, "indicator baseline");
        }
        if (target != null) {
            Require.finite(target, "indicator target");
        }
        if (targetYear != null) {
            Require.year(targetYear, "indicator target year");
        }
    }
}
