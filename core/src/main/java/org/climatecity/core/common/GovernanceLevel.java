package org.climatecity.core.common;

/**
 * The level of governance an actor works at, or a geography belongs to.
 *
 * @since 0.1.0
 */
public enum GovernanceLevel {
    /** A municipality or a local organisation. */
    LOCAL,
    /** A county or region. */
    REGIONAL,
    /** A country. */
    NATIONAL,
    /** The European Union or several countries. */
    EU
}
