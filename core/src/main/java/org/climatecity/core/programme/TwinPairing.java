package org.climatecity.core.programme;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A twin-city pairing: a pilot city and a twin city that share climate targets from a date, such as Borlänge and
 * Avesta from 2024-12-01.
 *
 * <p>Immutable and thread-safe. That both cities are distinct municipalities of the document, and that each shared
 * target is a target of the pairing's initiative that both cities own, is checked when the whole
 * {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param pilotCity the pilot city, not null
 * @param twinCity the twin city, not null
 * @param since the first day of the pairing, not null
 * @param sharedTargets the ids of targets of the initiative that both cities own, not null, no repeats
 * @param replicationPlan how the twin replicates the pilot city's solutions, or null
 * @since 0.1.0
 */
public record TwinPairing(ActorId pilotCity, ActorId twinCity, LocalDate since, List<LocalId> sharedTargets,
        @Nullable String replicationPlan) {

    /**
     * Creates a pairing.
     *
     * @param pilotCity the pilot city, not null
     * @param twinCity the twin city, not null
     * @param since the first day, not null
     * @param sharedTargets the shared targets, not null, no repeats
     * @param replicationPlan the replication plan, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or repeated
     */
    public TwinPairing {
        Require.nonNull(pilotCity, "pilot city");
        Require.nonNull(twinCity, "twin city");
        Require.date(since, "pairing date");
        sharedTargets = Require.distinctList(sharedTargets, "shared targets");
        replicationPlan = Require.optionalText(replicationPlan, "replication plan");
    }

    /**
     * Checks if the pairing holds on a date.
     *
     * @param date the date, not null
     * @return true if the date is on or after {@link #since()}
     */
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(since);
    }

    /**
     * Obtains a pairing without shared targets or replication plan.
     *
     * @param pilotCity the pilot city, not null
     * @param twinCity the twin city, not null
     * @param since the first day of the pairing, not null
     * @return the pairing
     * @throws org.climatecity.core.ClimateCityException if a city is missing or a city is its own twin
     */
    public static TwinPairing of(ActorId pilotCity, ActorId twinCity, LocalDate since) {
        return new TwinPairing(pilotCity, twinCity, since, List.of(), null);
    }

    /**
     * Returns a copy that shares targets.
     *
     * @param targets the ids of the shared targets, not null
     * @return the copy
     */
    public TwinPairing withSharedTargets(LocalId... targets) {
        return new TwinPairing(pilotCity, twinCity, since, List.of(targets), replicationPlan);
    }
}
