package org.climatecity.core.calc;

/**
 * Where a target's milestone stands in a progress check.
 *
 * @since 0.1.0
 */
public enum MilestoneStatus {
    /** Its year has come and the emissions that year were at or below its level. */
    MET,
    /** Its year has come and the emissions that year were above its level. */
    MISSED,
    /** Its year has come but the inventories give no complete figure for it. */
    NO_DATA,
    /** Its year is after the year checked. */
    PENDING
}
