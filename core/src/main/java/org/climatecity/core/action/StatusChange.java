package org.climatecity.core.action;

import java.time.LocalDate;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A dated change of an action's status, such as "approved on 2025-03-12 by the municipal council".
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day the status changed, not null
 * @param status the status from that day on, not null
 * @param note what happened, such as why the action is delayed, or null; not blank
 * @param provenance where the fact comes from, or how it was chosen where it is assumed or illustrative; null when
 *     not stated
 * @since 0.1.0
 */
public record StatusChange(LocalDate date, ActionStatus status, @Nullable String note,
        @Nullable Provenance provenance) {

    /**
     * Creates a status change.
     *
     * @param date the day, not null
     * @param status the new status, not null
     * @param note a note, or null
     * @param provenance the provenance, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or out of range, or the note blank
     */
    public StatusChange {
        Require.date(date, "status change date");
        Require.nonNull(status, "status change status");
        note = Require.optionalText(note, "status change note");
    }

    /**
     * Obtains a status change with a note.
     *
     * @param date the day, not null
     * @param status the new status, not null
     * @param note what happened, not blank
     * @return the change
     * @throws org.climatecity.core.ClimateCityException if a component is missing or the note blank
     */
    public static StatusChange of(LocalDate date, ActionStatus status, String note) {
        return new StatusChange(date, status, Require.text(note, "status change note"), null);
    }
}
