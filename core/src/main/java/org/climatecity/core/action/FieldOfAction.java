package org.climatecity.core.action;

/**
 * The fields of action of the EU Climate City Contract's action plan outline.
 *
 * @since 0.1.0
 */
public enum FieldOfAction {
    /** Energy systems. */
    ENERGY_SYSTEMS,
    /** Mobility and transport. */
    MOBILITY_AND_TRANSPORT,
    /** Waste and circular economy. */
    WASTE_AND_CIRCULAR_ECONOMY,
    /** Green infrastructure and nature-based solutions. */
    GREEN_INFRASTRUCTURE_AND_NATURE_BASED_SOLUTIONS,
    /** Built environment. */
    BUILT_ENVIRONMENT,
    /** Land use. */
    LAND_USE,
    /** Industry. */
    INDUSTRY
}
