package org.climatecity.serialization.engine;

import java.util.List;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.validation.DocumentRules;
import org.jspecify.annotations.Nullable;

/**
 * Reads the document's initiatives and, when the read checks the document rules as it goes, hands each one to them
 * as soon as it is built ({@link DocumentRules#begin}): the rules that look at every initiative's ids and references
 * then find its objects in the processor's cache, where after the read they had to fetch them all from memory again.
 *
 * <p>The rules begin at the first initiative, with the actors and programmes read before it. When those come after
 * the initiatives in the input, or an initiative, the actors or the programmes fail to bind, the rules are left to be
 * checked on the document as a whole (or on what did bind), as without this codec.
 */
final class RuleCheckedInitiatives extends Codec<Initiative> {

    private final Codec<Initiative> initiative;
    private final int actors;
    private final int programmes;

    /**
     * Wraps the codec of an initiative.
     *
     * @param initiative the codec of one initiative
     * @param document the codec of the document, whose arguments hold the actors and programmes read so far
     */
    RuleCheckedInitiatives(Codec<Initiative> initiative, RecordCodec<?> document) {
        this.initiative = initiative;
        this.actors = index(document, "actors");
        this.programmes = index(document, "programmes");
    }

    private static int index(RecordCodec<?> document, String name) {
        RecordCodec.Property property = document.property(name);
        if (property == null) {
            throw new IllegalStateException("the document has no " + name);
        }
        return property.index;
    }

    @Override
    @SuppressWarnings("unchecked")
    @Nullable Initiative read(Reading r) {
        Initiative value = initiative.read(r);
        ReadState state = r.state;
        if (!state.checkRules) {
            return value;
        }
        if (value == null) {
            // the rules' paths count the initiatives that bound: the document is checked after the read
            state.stopCheckingRules();
            return null;
        }
        DocumentRules.Checking rules = state.rules;
        if (rules == null) {
            Object[] root = state.rootArgs;
            if (root == null || !(root[actors] instanceof List<?> actorList) || actorList instanceof ListCodec.Partial
                    || !(root[programmes] instanceof List<?> programmeList)
                    || programmeList instanceof ListCodec.Partial) {
                state.stopCheckingRules();
                return value;
            }
            rules = DocumentRules.begin((List<Actor>) actorList, (List<Programme>) programmeList);
            state.rules = rules;
        }
        rules.initiative(value);
        return value;
    }

    @Override
    void write(Initiative value, Writing w) {
        initiative.write(value, w);
    }

    @Override
    String expected() {
        return initiative.expected();
    }
}
