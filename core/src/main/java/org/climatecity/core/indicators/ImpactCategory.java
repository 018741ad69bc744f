package org.climatecity.core.indicators;

/**
 * What an indicator measures or a co-benefit concerns: emissions, or one of the other things an action changes.
 *
 * @since 0.1.0
 */
public enum ImpactCategory {
    /** Greenhouse-gas emissions. */
    EMISSIONS,
    /** Energy use and supply. */
    ENERGY,
    /** Travel and transport. */
    MOBILITY,
    /** Buildings and their use. */
    BUILDINGS,
    /** Waste and the circular economy. */
    WASTE,
    /** Air quality. */
    AIR_QUALITY,
    /** Noise. */
    NOISE,
    /** Health. */
    HEALTH,
    /** Jobs and the local economy. */
    JOBS,
    /** Biodiversity and nature. */
    BIODIVERSITY,
    /** Who gains and who pays: fairness between groups and districts. */
    EQUITY,
    /** Costs to households and businesses. */
    COST_OF_LIVING,
    /** Anything else. */
    OTHER
}
