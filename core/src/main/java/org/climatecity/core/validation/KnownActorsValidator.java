package org.climatecity.core.validation;

import java.util.Map;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorKind;
import org.climatecity.core.id.ActorId;
import org.jspecify.annotations.Nullable;

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
        ActorReferences.forEach(document, new ActorReferences.Visitor() {
            @Override
            public boolean rejects(ActorId id, @Nullable ActorKind required) {
                return !actors.containsKey(id);
            }

            @Override
            public void report(ActorId id, @Nullable ActorKind required, PropertyPath path) {
                violations.add(path, "references unknown actor '" + id + "'");
            }
        });
    }
}
