package org.climatecity.core.action;

/**
 * Where an action stands. Only some statuses are expected to deliver their reduction, see {@link #delivers()}.
 *
 * @since 0.1.0
 */
public enum ActionStatus {
    /** An idea, not yet decided. */
    PROPOSED(false),
    /** Decided and planned. */
    PLANNED(true),
    /** Approved with funding. */
    APPROVED(true),
    /** Being carried out. */
    IN_PROGRESS(true),
    /** Behind its schedule; still expected to deliver, later than planned. */
    DELAYED(true),
    /** Done; its effect continues. */
    COMPLETED(true),
    /** Paused. */
    ON_HOLD(false),
    /** Given up. */
    CANCELLED(false);

    private final boolean delivers;

    ActionStatus(boolean delivers) {
        this.delivers = delivers;
    }

    /**
     * Checks if an action with this status is expected to deliver its reduction, so that gap calculations count
     * it: planned, approved, in progress, delayed and completed actions do; proposed, paused and cancelled ones do
     * not.
     *
     * @return true if the action's effect is counted
     */
    public boolean delivers() {
        return delivers;
    }
}
