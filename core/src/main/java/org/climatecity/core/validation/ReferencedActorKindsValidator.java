package org.climatecity.core.validation;

import java.util.Map;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorKind;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Texts;

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
        ActorReferences.forEach(document, (id, required, path) -> {
            if (required == null) {
                return;
            }
            Actor actor = actors.get(id);
            // names are free text of any length: the message shows at most the first 40 characters
            if (actor != null && actor.kind() != required) {
                violations.add(path, "must name " + article(noun(required)) + ", but '" + id + "' ("
                        + Texts.abbreviate(actor.name()) + ") is " + article(noun(actor.kind())));
            }
        });
    }

    private static String noun(ActorKind kind) {
        return kind.typeName().replace('-', ' ');
    }
}
