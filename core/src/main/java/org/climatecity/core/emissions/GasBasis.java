package org.climatecity.core.emissions;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The gas basis of a figure: CO2 only, or all greenhouse gases as CO2 equivalents with the GWP set used.
 *
 * <p>Immutable and thread-safe.
 *
 * @param coverage which gases are covered, not null
 * @param gwp the GWP set for all-GHG figures, or null when not stated; always null for CO2 only
 * @since 0.1.0
 */
public record GasBasis(GasCoverage coverage, @Nullable GwpSet gwp) {

    /** Carbon dioxide only. */
    public static final GasBasis CO2_ONLY = new GasBasis(GasCoverage.CO2_ONLY, null);

    /** All greenhouse gases as CO2e with AR5 GWP100, the basis of Sweden's emissions database. */
    public static final GasBasis ALL_GHG_AR5 = new GasBasis(GasCoverage.ALL_GHG, GwpSet.AR5);

    /**
     * Creates a gas basis.
     *
     * @param coverage the gases covered, not null
     * @param gwp the GWP set, or null; must be null for CO2 only
     * @throws ClimateCityException if coverage is missing, or a GWP set is given for CO2 only
     */
    public GasBasis {
        Require.nonNull(coverage, "gas coverage");
        if (coverage == GasCoverage.CO2_ONLY && gwp != null) {
            throw new ClimateCityException("GWP set must be absent for CO2-only figures, was " + Texts.word(gwp));
        }
    }
}
