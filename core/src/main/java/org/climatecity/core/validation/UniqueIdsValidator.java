package org.climatecity.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.Initiative;

/**
 * Validates {@link UniqueIds}. Created by the Jakarta Validation provider; not meant to be called directly.
 *
 * @since 0.1.0
 */
public final class UniqueIdsValidator extends DocumentRule<UniqueIds> {

    /** Creates the validator. */
    public UniqueIdsValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
        Map<ActorId, PropertyPath> actors = new HashMap<>();
        List<Actor> actorList = document.actors();
        for (int i = 0; i < actorList.size(); i++) {
            PropertyPath path = PropertyPath.of("actors", i);
            PropertyPath first = actors.putIfAbsent(actorList.get(i).id(), path);
            if (first != null) {
                violations.add(path.property("id"), "actor id '" + actorList.get(i).id()
                        + "' must be unique in the document, already used by " + first);
            }
        }
        LocalIds initiatives = new LocalIds("initiative", violations);
        LocalIds targets = new LocalIds("target", violations);
        LocalIds forums = new LocalIds("forum", violations);
        LocalIds plans = new LocalIds("action plan", violations);
        int actionCount = 0;
        for (Initiative initiative : document.initiatives()) {
            for (ActionPlan plan : initiative.actionPlans()) {
                actionCount += plan.actions().size();
            }
        }
        LocalIds actions = new LocalIds("action", violations, actionCount);
        LocalIds pilots = new LocalIds("pilot", violations);
        LocalIds scalingPlans = new LocalIds("scaling plan", violations);
        LocalIds indicators = new LocalIds("indicator", violations);
        LocalIds sources = new LocalIds("funding source", violations);
        LocalIds investmentPlans = new LocalIds("investment plan", violations);
        List<Initiative> initiativeList = document.initiatives();
        for (int i = 0; i < initiativeList.size(); i++) {
            Initiative initiative = initiativeList.get(i);
            PropertyPath path = PropertyPath.of("initiatives", i);
            initiatives.add(initiative.id(), path);
            for (int t = 0; t < initiative.targets().size(); t++) {
                targets.add(initiative.targets().get(t).id(), path.element("targets", t));
            }
            for (int f = 0; f < initiative.forums().size(); f++) {
                forums.add(initiative.forums().get(f).id(), path.element("forums", f));
            }
            for (int p = 0; p < initiative.actionPlans().size(); p++) {
                ActionPlan plan = initiative.actionPlans().get(p);
                PropertyPath planPath = path.element("actionPlans", p);
                plans.add(plan.id(), planPath);
                for (int a = 0; a < plan.actions().size(); a++) {
                    actions.add(plan.actions().get(a).id(), planPath.element("actions", a));
                }
            }
            for (int p = 0; p < initiative.pilots().size(); p++) {
                pilots.add(initiative.pilots().get(p).id(), path.element("pilots", p));
            }
            for (int s = 0; s < initiative.scalingPlans().size(); s++) {
                scalingPlans.add(initiative.scalingPlans().get(s).id(), path.element("scalingPlans", s));
            }
            for (int k = 0; k < initiative.indicators().size(); k++) {
                indicators.add(initiative.indicators().get(k).id(), path.element("indicators", k));
            }
            for (int k = 0; k < initiative.fundingSources().size(); k++) {
                sources.add(initiative.fundingSources().get(k).id(), path.element("fundingSources", k));
            }
            for (int k = 0; k < initiative.investmentPlans().size(); k++) {
                investmentPlans.add(initiative.investmentPlans().get(k).id(), path.element("investmentPlans", k));
            }
            partners(initiative, path, violations);
        }
    }

    private static void partners(Initiative initiative, PropertyPath path, Violations violations) {
        Map<ActorId, PropertyPath> partners = new HashMap<>();
        for (int p = 0; p < initiative.partnerships().size(); p++) {
            ActorId partner = initiative.partnerships().get(p).partner();
            PropertyPath partnership = path.element("partnerships", p);
            PropertyPath first = partners.putIfAbsent(partner, partnership);
            if (first != null) {
                violations.add(partnership.property("partner"), "partner '" + partner
                        + "' must have one partnership per initiative, already has " + first);
            }
        }
    }

    /** The ids of one kind of entity, reporting repeats. */
    private static final class LocalIds {

        private final String kind;
        private final Violations violations;
        private final Map<LocalId, PropertyPath> seen;

        LocalIds(String kind, Violations violations) {
            this(kind, violations, 16);
        }

        LocalIds(String kind, Violations violations, int expected) {
            this.kind = kind;
            this.violations = violations;
            this.seen = new HashMap<>(Math.max(16, expected * 2));
        }

        void add(LocalId id, PropertyPath path) {
            PropertyPath first = seen.putIfAbsent(id, path);
            if (first != null) {
                violations.add(path.property("id"), kind + " id '" + id
                        + "' must be unique in the document, already used by " + first);
            }
        }
    }
}
