package org.climatecity.core.document;

import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorKind;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Checks that where a reference implies the kind of actor, the actor has that kind: programme members, lead
 * cities, twin cities (pilot and twin) and pilot host cities are municipalities, programme agencies are national
 * agencies, and the programme office is a programme office. References to unknown actors are left to
 * {@link KnownActors}.
 *
 * <p>Each mismatch is reported at the reference, naming the actor and its kind: at
 * {@code programmes[0].agencies[6].member}, {@code must name a national agency, but 'falun' (Falun) is a
 * municipality}. The actor's name is shortened to its first 40 characters.
 *
 * <p>Code {@code referenced-actor-kinds}.
 */
final class ReferencedActorKinds implements Rule {

    @Override
    public String code() {
        return "referenced-actor-kinds";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        ActorReferences.check(document, ReferencedActorKinds::message, violations);
    }

    private static @Nullable String message(ActorId id, @Nullable Actor actor, @Nullable ActorKind required) {
        if (required == null || actor == null || actor.kind() == required) {
            return null; // an unknown actor is reported by known-actors
        }
        // names are free text of any length: the message shows at most their first 40 characters
        return "must name " + article(required) + ", but '" + id + "' (" + Texts.abbreviate(actor.name()) + ") is "
                + article(actor.kind());
    }

    /** Returns a kind's name with "an" or "a", such as "a municipality". */
    private static String article(ActorKind kind) {
        String noun = kind.typeName().replace('-', ' ');
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
