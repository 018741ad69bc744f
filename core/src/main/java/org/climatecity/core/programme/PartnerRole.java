package org.climatecity.core.programme;

/**
 * The roles a partner can hold in an initiative. A partner may hold several roles at once.
 *
 * @since 0.1.0
 */
public enum PartnerRole {
    /** Supports the initiative from the side, without shared responsibility. */
    SUPPORTING,
    /** An active party that shares responsibility for the work. */
    ACTIVE_PARTY,
    /** Coordinates the actors of the initiative. */
    COORDINATOR,
    /** Funds parts of the work. */
    FUNDER,
    /** Gives expert support. */
    EXPERT_SUPPORT,
    /** Takes part in projects of the initiative. */
    PROJECT_PARTNER
}
