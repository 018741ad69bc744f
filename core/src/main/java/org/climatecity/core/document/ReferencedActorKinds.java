package org.climatecity.core.document;

import java.util.Set;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorKind;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Checks that where a reference implies the kind of actor, the actor has one of the kinds it admits: programme
 * members are municipalities, or for a programme whose member level is regional also territories and regional
 * authorities; initiatives' lead cities are municipalities, or where a programme of the document is regional also
 * territories and regional authorities; twin cities (pilot and twin) and pilot host cities are municipalities;
 * programme agencies are national agencies; the programme office is a programme office; and the place a regional
 * authority or a county administrative board serves is a place (a municipality or a territory). References to unknown actors are left to
 * {@link KnownActors}.
 *
 * <p>Each mismatch is reported at the reference, naming the actor and its kind: at
 * {@code programmes[0].agencies[6].member}, {@code must name a national agency, but 'falun' (Falun) is a
 * municipality}; where several kinds are admitted, the message names them all: {@code must name a municipality, a
 * regional authority or a territory, but 'ssab' (SSAB) is a company}. The actor's name is shortened to its first
 * 40 characters.
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
        ActorReferences.check(document, false, ReferencedActorKinds::message, violations);
    }

    private static @Nullable String message(ActorId id, @Nullable Actor actor, @Nullable Set<ActorKind> required) {
        if (required == null || actor == null || required.contains(actor.kind())) {
            return null; // an unknown actor is reported by known-actors
        }
        // names are free text of any length: the message shows at most their first 40 characters
        return "must name " + alternatives(required) + ", but '" + id + "' (" + Texts.abbreviate(actor.name())
                + ") is " + article(actor.kind());
    }

    /** Returns kinds as alternatives, such as "a municipality, a regional authority or a territory". */
    private static String alternatives(Set<ActorKind> kinds) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        for (ActorKind kind : kinds) {
            if (i > 0) {
                text.append(i == kinds.size() - 1 ? " or " : ", ");
            }
            text.append(article(kind));
            i++;
        }
        return text.toString();
    }

    /** Returns a kind's name with "an" or "a", such as "a municipality". */
    private static String article(ActorKind kind) {
        String noun = kind.typeName().replace('-', ' ');
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
