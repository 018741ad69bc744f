package org.climatecity.core.action;

/**
 * Whether an action makes something better or worse for those it affects.
 *
 * @since 0.1.0
 */
public enum ImpactDirection {
    /** Better, such as cleaner air. */
    BETTER,
    /** Worse, such as higher costs for a group. */
    WORSE
}
