package org.climatecity.core.emissions;

/**
 * Which greenhouse gases a figure covers.
 *
 * @since 0.1.0
 */
public enum GasCoverage {
    /** Carbon dioxide only. */
    CO2_ONLY,
    /** All greenhouse gases, as CO2 equivalents. */
    ALL_GHG
}
