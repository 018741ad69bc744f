package org.climatecity.core.indicators;

import org.climatecity.core.internal.Require;

/**
 * The part of a city an observation is for, when it is not for the whole city: a district, or a group of residents
 * such as households with low incomes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dimension what the observations are split by, such as {@code district} or {@code income group}, not blank
 * @param group the district or group of this observation, such as {@code Tjärna ängar}, not blank
 * @since 0.1.0
 */
public record Disaggregation(String dimension, String group) {

    /**
     * Creates a disaggregation.
     *
     * @param dimension what observations are split by, not blank
     * @param group the district or group, not blank
     * @throws org.climatecity.core.ClimateCityException if a component is missing or blank
     */
    public Disaggregation {
        dimension = Require.text(dimension, "disaggregation dimension");
        group = Require.text(group, "disaggregation group");
    }
}
