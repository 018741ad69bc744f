package org.climatecity.core.scenario;

/**
 * What an emissions scenario assumes about measures, after the categories of national projections reported under
 * the EU's governance regulation and NetZeroCities' action plans.
 *
 * @since 0.1.0
 */
public enum ScenarioKind {
    /** No new measures: emissions follow the trend of activity and technology. */
    BUSINESS_AS_USUAL,
    /** The measures adopted or under way, and no others. */
    WITH_EXISTING_MEASURES,
    /** The measures adopted or under way and those planned, such as an action plan's. */
    WITH_ADDITIONAL_MEASURES,
    /** Any other scenario, such as a target-compatible pathway or a sensitivity run. */
    OTHER
}
