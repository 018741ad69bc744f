package org.climatecity.core.programme;

/**
 * The kinds of support a programme gives its members.
 *
 * @since 0.1.0
 */
public enum SupportKind {
    /** Money, such as a grant for a pilot. */
    FUNDING,
    /** Advice and expertise from the programme and its agencies. */
    EXPERT_SUPPORT
}
