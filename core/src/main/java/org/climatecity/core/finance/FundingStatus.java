package org.climatecity.core.finance;

/**
 * How certain a funding source is.
 *
 * @since 0.1.0
 */
public enum FundingStatus {
    /** Intended, not yet applied for. */
    PLANNED,
    /** Applied for, not yet decided. */
    APPLIED_FOR,
    /** Decided: the money is there. */
    SECURED
}
