package org.climatecity.core.validation;

import java.util.Map;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorKind;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ReferencedActorKinds}. Created by the Jakarta Validation provider; not meant to be called
 * directly.
 *
 * @since 0.1.0
 */
public final class ReferencedActorKindsValidator extends DocumentRule<ReferencedActorKinds> {

    /** Creates the validator. */
    public ReferencedActorKindsValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
        Map<ActorId, Actor> actors = ActorReferences.index(document);
        ActorReferences.forEach(document, new ActorReferences.Visitor() {
            @Override
            public boolean rejects(ActorId id, @Nullable ActorKind required) {
                if (required == null) {
                    return false;
                }
                Actor actor = actors.get(id);
                return actor != null && actor.kind() != required;
            }

            @Override
            public void report(ActorId id, @Nullable ActorKind required, PropertyPath path) {
                Actor actor = actors.get(id);
                // names are free text of any length: the message shows at most the first 40 characters
                violations.add(path, "must name " + article(noun(required)) + ", but '" + id + "' ("
                        + Texts.abbreviate(actor.name()) + ") is " + article(noun(actor.kind())));
            }
        });
    }

    private static String noun(ActorKind kind) {
        return kind.typeName().replace('-', ' ');
    }
}
