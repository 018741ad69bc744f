package org.climatecity.core.programme;

import java.util.List;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;

/**
 * What changed between two rounds of a contract, see {@link ContractRound#changesSince(ContractRound)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fromYear the earlier round's year
 * @param toYear the later round's year
 * @param joined the signatories of the later round that did not sign the earlier one, not null
 * @param left the signatories of the earlier round that did not sign the later one, not null
 * @param added the commitments of the later round not in the earlier one, not null
 * @param dropped the commitments of the earlier round not in the later one, not null
 * @param targetsAdded the targets committed to in the later round only, not null
 * @param targetsDropped the targets committed to in the earlier round only, not null
 * @since 0.1.0
 */
public record RoundChanges(int fromYear, int toYear, List<ActorId> joined, List<ActorId> left,
        List<RoundCommitment> added, List<RoundCommitment> dropped, List<LocalId> targetsAdded,
        List<LocalId> targetsDropped) {

    /**
     * Creates the changes.
     *
     * @param fromYear the earlier year
     * @param toYear the later year
     * @param joined the joined signatories, not null
     * @param left the signatories that left, not null
     * @param added the added commitments, not null
     * @param dropped the dropped commitments, not null
     * @param targetsAdded the targets added, not null
     * @param targetsDropped the targets dropped, not null
     * @throws org.climatecity.core.ClimateCityException if a list is missing
     */
    public RoundChanges {
        joined = Require.list(joined, "joined");
        left = Require.list(left, "left");
        added = Require.list(added, "added commitments");
        dropped = Require.list(dropped, "dropped commitments");
        targetsAdded = Require.list(targetsAdded, "targets added");
        targetsDropped = Require.list(targetsDropped, "targets dropped");
    }

    /**
     * Checks if nothing changed.
     *
     * @return true if every list is empty
     */
    public boolean isEmpty() {
        return joined.isEmpty() && left.isEmpty() && added.isEmpty() && dropped.isEmpty() && targetsAdded.isEmpty()
                && targetsDropped.isEmpty();
    }
}
