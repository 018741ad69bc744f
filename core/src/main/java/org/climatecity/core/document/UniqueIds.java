package org.climatecity.core.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.programme.Initiative;

/**
 * Checks that ids are unique: no two actors share an {@link org.climatecity.core.id.ActorId}; no two entities of
 * one kind (initiatives, targets, forums, action plans, actions, pilots, scaling plans, indicators, funding
 * sources, investment plans, impact pathways, scenarios) share a {@link org.climatecity.core.id.LocalId} anywhere
 * in the document; and a partner has at most one partnership per initiative.
 *
 * <p>Each repeat is reported at its id, naming where the id was first used: at {@code actors[41].id},
 * {@code actor id 'avesta' must be unique in the document, already used by actors[24]}; at
 * {@code initiatives[0].partnerships[7].partner},
 * {@code partner 'ssab' must have one partnership per initiative, already has initiatives[0].partnerships[3]}.
 *
 * <p>Code {@code unique-ids}.
 */
final class UniqueIds implements Rule {

    @Override
    public String code() {
        return "unique-ids";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        // the path of each id's first use is kept, to name it when the id repeats
        Ids actors = new Ids("actor", violations);
        List<Actor> actorList = document.actors();
        for (int i = 0; i < actorList.size(); i++) {
            actors.add(actorList.get(i).id(), PropertyPath.of("actors", i));
        }
        Ids initiatives = new Ids("initiative", violations);
        Ids targets = new Ids("target", violations);
        Ids forums = new Ids("forum", violations);
        Ids plans = new Ids("action plan", violations);
        Ids actions = new Ids("action", violations);
        Ids pilots = new Ids("pilot", violations);
        Ids scalingPlans = new Ids("scaling plan", violations);
        Ids indicators = new Ids("indicator", violations);
        Ids sources = new Ids("funding source", violations);
        Ids investmentPlans = new Ids("investment plan", violations);
        Ids pathways = new Ids("impact pathway", violations);
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
            for (int k = 0; k < initiative.pathways().size(); k++) {
                pathways.add(initiative.pathways().get(k).id(), path.element("pathways", k));
            }
            partners(initiative, path, violations);
        }
        Ids scenarios = new Ids("scenario", violations);
        for (int s = 0; s < document.scenarios().size(); s++) {
            scenarios.add(document.scenarios().get(s).id(), PropertyPath.of("scenarios", s));
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

    /** The ids of one kind of actor or entity, reporting repeats. */
    private static final class Ids {

        private final String kind;
        private final Violations violations;
        private final Map<Object, PropertyPath> seen = new HashMap<>();

        Ids(String kind, Violations violations) {
            this.kind = kind;
            this.violations = violations;
        }

        /** Adds the id of the actor or entity at a path, reporting it at its {@code id} if it was seen before. */
        void add(Object id, PropertyPath path) {
            PropertyPath first = seen.putIfAbsent(id, path);
            if (first != null) {
                violations.add(path.property("id"), kind + " id '" + id
                        + "' must be unique in the document, already used by " + first);
            }
        }
    }
}
