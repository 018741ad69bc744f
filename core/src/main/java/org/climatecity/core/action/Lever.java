package org.climatecity.core.action;

/**
 * The levers of change an action pulls, after the EU Climate City Contract's action plan outline.
 *
 * @since 0.1.0
 */
public enum Lever {
    /** Technology and infrastructure. */
    TECHNOLOGY_AND_INFRASTRUCTURE,
    /** Policy and regulation. */
    POLICY,
    /** Social innovation. */
    SOCIAL_INNOVATION,
    /** Democracy and participation. */
    DEMOCRACY_AND_PARTICIPATION,
    /** Finance and funding. */
    FINANCE,
    /** Learning and capabilities. */
    LEARNING
}
