package org.climatecity.core.actor;

/**
 * The sector of society an actor belongs to; a collaboration forum groups its participants by it.
 *
 * @since 0.1.0
 */
public enum ActorSector {
    /** Public bodies: municipalities, regions, state agencies. */
    PUBLIC,
    /** Companies, including publicly owned ones. */
    BUSINESS,
    /** Associations, foundations and other civil-society organisations. */
    CIVIL_SOCIETY,
    /** Universities and research institutes. */
    ACADEMIA
}
