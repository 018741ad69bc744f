package org.climatecity.core.calc;

/**
 * How an {@link EmissionsProjection} was calculated.
 *
 * @since 0.1.0
 */
public enum ProjectionKind {
    /** The trend line of observed emissions, anchored at the last observed value and floored at zero. */
    ANCHORED_TREND,
    /** The anchored trend minus the expected effect of planned actions, floored at zero. */
    TREND_WITH_ACTIONS,
    /** The path a climate target prescribes from its baseline to its target year. */
    TARGET_PATH,
    /** A fixed-rate reduction path, such as the carbon law's 11.72 % a year. */
    CARBON_LAW,
    /** A path given by the user. */
    CUSTOM
}
