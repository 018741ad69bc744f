package org.climatecity.core.programme;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * One year's round of a contract that is revised and signed again each year, such as the Klimatkontrakt 2030 of
 * Viable Cities, signed each December: who signed it and what each party committed to, so that rounds can be
 * compared ({@link #changesSince(ContractRound)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year of the round, 1900 to 2200
 * @param signed the day it was signed, or null when not known
 * @param signatories the actors that signed, not null, no repeats
 * @param commitments what the parties committed to, not null
 * @param provenance where the round is documented, or how it was chosen where it is illustrative; null when not
 *     stated
 * @since 0.1.0
 */
public record ContractRound(int year, @Nullable LocalDate signed, List<ActorId> signatories,
        List<RoundCommitment> commitments, @Nullable Provenance provenance) {

    /**
     * Creates a round.
     *
     * @param year the year
     * @param signed the signing day, or null
     * @param signatories the signatories, not null
     * @param commitments the commitments, not null
     * @param provenance the provenance, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or repeated, or the signing day
     *     is not in the round's year
     */
    public ContractRound {
        Require.year(year, "contract round year");
        Require.optionalDate(signed, "signing date");
        if (signed != null && signed.getYear() != year) {
            throw new ClimateCityException("contract round of " + year
                    + " must be signed in its year, was signed on " + signed);
        }
        signatories = Require.distinctList(signatories, "signatories");
        commitments = Require.list(commitments, "round commitments");
    }

    /**
     * Returns the targets committed to in this round, in the order of the commitments.
     *
     * @return the targets' ids, without repeats
     */
    public Set<LocalId> committedTargets() {
        Set<LocalId> targets = new LinkedHashSet<>();
        commitments.forEach(c -> targets.addAll(c.targets()));
        return java.util.Collections.unmodifiableSet(targets);
    }

    /**
     * Returns what changed from an earlier round to this one.
     *
     * @param earlier the earlier round, not null
     * @return the signatories that joined and left, the commitments added and dropped (a reworded commitment is both)
     *     and the targets added and dropped
     */
    public RoundChanges changesSince(ContractRound earlier) {
        Require.nonNull(earlier, "earlier round");
        return new RoundChanges(earlier.year, year, minus(signatories, earlier.signatories),
                minus(earlier.signatories, signatories), minus(commitments, earlier.commitments),
                minus(earlier.commitments, commitments),
                List.copyOf(minus(List.copyOf(committedTargets()), List.copyOf(earlier.committedTargets()))),
                List.copyOf(minus(List.copyOf(earlier.committedTargets()), List.copyOf(committedTargets()))));
    }

    private static <T> List<T> minus(List<T> values, List<T> removed) {
        return values.stream().filter(v -> !removed.contains(v)).toList();
    }
}
