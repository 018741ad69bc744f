package org.climatecity.core.emissions;

/**
 * The set of global warming potentials (100-year horizon) used to convert gases into CO2 equivalents.
 *
 * @since 0.1.0
 */
public enum GwpSet {
    /** IPCC Fourth Assessment Report, GWP100. */
    AR4,
    /** IPCC Fifth Assessment Report, GWP100. */
    AR5,
    /** IPCC Sixth Assessment Report, GWP100. */
    AR6
}
