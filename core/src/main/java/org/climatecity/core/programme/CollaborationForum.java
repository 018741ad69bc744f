package org.climatecity.core.programme;

import java.util.List;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A collaboration forum that gathers municipalities, business and civil society to share experience, develop climate
 * solutions and write action plans.
 *
 * <p>Immutable and thread-safe. Grouping the participants by sector needs the actors, see
 * {@link org.climatecity.core.document.ProgrammeDocument#forumParticipantsBySector(LocalId)}.
 *
 * @param id the forum's id, not null
 * @param name the name, not blank
 * @param convenors the actors that convene it, not null, no repeats
 * @param participants the participating actors, not null, no repeats
 * @param purposes what the forum is for, not null, no blank entries
 * @param outputs the ids of the action plans it produced, not null, no repeats
 * @param provenance where the forum's name, convenors and participants come from, or how they were chosen where
 *     they are assumed or illustrative; null when not stated
 * @since 0.1.0
 */
public record CollaborationForum(LocalId id, String name, List<ActorId> convenors, List<ActorId> participants,
        List<String> purposes, List<LocalId> outputs, @Nullable Provenance provenance) {

    /**
     * Creates a forum.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param convenors the convenors, not null
     * @param participants the participants, not null
     * @param purposes the purposes, not null
     * @param outputs the action plans produced, not null
     * @param provenance the provenance, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing, blank or repeated
     */
    public CollaborationForum {
        Require.nonNull(id, "forum id");
        name = Require.text(name, "forum name");
        convenors = Require.distinctList(convenors, "convenors");
        participants = Require.distinctList(participants, "participants");
        purposes = Require.texts(purposes, "purposes");
        outputs = Require.distinctList(outputs, "outputs");
    }

    /**
     * Creates a forum without a provenance.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param convenors the convenors, not null
     * @param participants the participants, not null
     * @param purposes the purposes, not null
     * @param outputs the action plans produced, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing, blank or repeated
     */
    public CollaborationForum(LocalId id, String name, List<ActorId> convenors, List<ActorId> participants,
            List<String> purposes, List<LocalId> outputs) {
        this(id, name, convenors, participants, purposes, outputs, null);
    }
}
