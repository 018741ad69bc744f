package org.climatecity.core.validation;

import java.util.Map;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.id.ActorId;

/**
 * Validates {@link KnownActors}. Created by the Jakarta Validation provider; not meant to be called directly.
 *
 * @since 0.1.0
 */
public final class KnownActorsValidator extends DocumentRule<KnownActors> {

    /** Creates the validator. */
    public KnownActorsValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
        Map<ActorId, Actor> actors = ActorReferences.index(document);
        ActorReferences.forEach(document, (id, required, path) -> {
            if (!actors.containsKey(id)) {
                violations.add(path, "references unknown actor '" + id + "'");
            }
        });
    }
}
