package org.climatecity.core.scenario;

import org.climatecity.core.common.YearEstimate;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * The emissions a scenario projects for one year, of one sector or in all, as a low, central and high line, in
 * tonnes CO2e.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year, 1900 to 2200
 * @param sector the sector, or null for the emissions of all sectors
 * @param low the low line, finite
 * @param central the central line, finite, not below {@code low}
 * @param high the high line, finite, not below {@code central}
 * @since 0.1.0
 */
public record ProjectedEmissions(int year, @Nullable EmissionsSector sector, double low, double central,
        double high) {

    /**
     * Creates a projection.
     *
     * @param year the year, 1900 to 2200
     * @param sector the sector, or null for all
     * @param low the low line
     * @param central the central line
     * @param high the high line
     * @throws org.climatecity.core.ClimateCityException if the year is out of range, a value is not finite, or the
     *     three are not in the order low &lt;= central &lt;= high
     */
    public ProjectedEmissions {
        Require.year(year, "projection year");
        Require.ordered(low, central, high, "projected emissions of " + year);
    }

    /**
     * Obtains a projection of one sector without uncertainty.
     *
     * @param year the year, 1900 to 2200
     * @param sector the sector, or null for all
     * @param tonnesCo2e the emissions, finite
     * @return the projection
     * @throws org.climatecity.core.ClimateCityException if the year is out of range or the value not finite
     */
    public static ProjectedEmissions exactly(int year, @Nullable EmissionsSector sector, double tonnesCo2e) {
        return new ProjectedEmissions(year, sector, tonnesCo2e, tonnesCo2e, tonnesCo2e);
    }

    /**
     * Returns the year's low, central and high values without the sector.
     *
     * @return the estimate
     */
    public YearEstimate estimate() {
        return new YearEstimate(year, low, central, high);
    }
}
