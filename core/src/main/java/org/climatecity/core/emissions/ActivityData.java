package org.climatecity.core.emissions;

import org.climatecity.core.internal.Require;

/**
 * The activity an entry's emissions were calculated from, such as 27,200,000 MJ of natural gas.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type what the activity is, such as {@code Natural gas}, not blank
 * @param value how much, finite
 * @param unit the unit, such as {@code MJ}, not blank
 * @since 0.1.0
 */
public record ActivityData(String type, double value, String unit) {

    /**
     * Creates activity data.
     *
     * @param type the type, not blank
     * @param value the value, finite
     * @param unit the unit, not blank
     * @throws org.climatecity.core.ClimateCityException if a component is missing or the value not finite
     */
    public ActivityData {
        type = Require.text(type, "activity type");
        Require.finite(value, "activity value");
        unit = Require.text(unit, "activity unit");
    }
}
