package org.climatecity.core.programme;

import java.util.List;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;

/**
 * What one party committed to in a round of a contract, such as Borlänge's commitment in the Klimatkontrakt 2030 of
 * December 2024, with the targets of the initiative it commits to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param party the committing actor, not null
 * @param text the commitment in words, not blank
 * @param targets the targets of the initiative the commitment is about, not null, no repeats
 * @since 0.1.0
 */
public record RoundCommitment(ActorId party, String text, List<LocalId> targets) {

    /**
     * Creates a commitment of a round.
     *
     * @param party the party, not null
     * @param text the text, not blank
     * @param targets the targets, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing, blank or repeated
     */
    public RoundCommitment {
        Require.nonNull(party, "committing party");
        text = Require.text(text, "commitment text");
        targets = Require.distinctList(targets, "committed targets");
    }
}
