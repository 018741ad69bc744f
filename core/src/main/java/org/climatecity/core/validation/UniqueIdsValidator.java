package org.climatecity.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.programme.CollaborationForum;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.targets.ClimateTarget;

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
        // a valid document repeats no id: find that out without a path per id, and build the paths only to report
        Lean lean = new Lean();
        for (Initiative initiative : document.initiatives()) {
            lean.initiative(initiative);
        }
        if (lean.repeated() || actorIdRepeated(document)) {
            report(document, violations);
        }
    }

    /** Checks if two actors have one id. */
    private static boolean actorIdRepeated(ProgrammeDocument document) {
        return !new IdSet(document.actors().size()).addAll(document.actors(), Actor::id);
    }

    /**
     * The rule's question for the initiatives, whether any id in them is repeated where it must be unique, asked
     * initiative by initiative without paths or messages, so that {@link DocumentRules} can ask it in the same walk as
     * other rules. The actors' ids are not its business: {@link DocumentRules} learns of a repeated one from the actor
     * index it builds anyway ({@link ActorReferences.Checks#actorIdRepeated()}), so that a document of many actors
     * does not need a second large table at the same time.
     */
    static final class Lean {

        private final IdSet initiativeIds;
        private final IdSet targetIds;
        private final IdSet forumIds;
        private final IdSet planIds;
        private final IdSet actionIds;
        private final IdSet pilotIds;
        private final IdSet scalingPlanIds;
        private final IdSet indicatorIds;
        private final IdSet sourceIds;
        private final IdSet investmentPlanIds;
        private boolean repeated;

        /**
         * Each set starts with room for this many ids, and grows beyond: a national document has thousands of actions
         * and indicators, and growing a set from a few slots rehashed its ids a dozen times (sized so, a validating
         * read of the benchmarks' national document took 0.98 of the time; the sets of a small document cost some
         * 80 KB).
         */
        private static final int FIRST_SIZE = 512;

        /** Creates empty sets of the initiatives' ids, which grow as initiatives are added. */
        Lean() {
            initiativeIds = new IdSet(FIRST_SIZE);
            targetIds = new IdSet(FIRST_SIZE);
            forumIds = new IdSet(FIRST_SIZE);
            planIds = new IdSet(FIRST_SIZE);
            actionIds = new IdSet(FIRST_SIZE);
            pilotIds = new IdSet(FIRST_SIZE);
            scalingPlanIds = new IdSet(FIRST_SIZE);
            indicatorIds = new IdSet(FIRST_SIZE);
            sourceIds = new IdSet(FIRST_SIZE);
            investmentPlanIds = new IdSet(FIRST_SIZE);
        }

        /** Adds the ids of the next initiative of the document. */
        void initiative(Initiative initiative) {
            if (repeated) {
                return;
            }
            boolean distinct = initiativeIds.add(initiative.id())
                    & targetIds.addAll(initiative.targets(), ClimateTarget::id)
                    & forumIds.addAll(initiative.forums(), CollaborationForum::id)
                    & planIds.addAll(initiative.actionPlans(), ActionPlan::id)
                    & pilotIds.addAll(initiative.pilots(), Pilot::id)
                    & scalingPlanIds.addAll(initiative.scalingPlans(), ScalingPlan::id)
                    & indicatorIds.addAll(initiative.indicators(), Indicator::id)
                    & sourceIds.addAll(initiative.fundingSources(), FundingSource::id)
                    & investmentPlanIds.addAll(initiative.investmentPlans(), InvestmentPlan::id)
                    & new IdSet(initiative.partnerships().size()).addAll(initiative.partnerships(),
                            Partnership::partner);
            for (ActionPlan plan : initiative.actionPlans()) {
                distinct &= actionIds.addAll(plan.actions(), Action::id);
            }
            repeated = !distinct;
        }

        /** Whether an id of an initiative was repeated in what was checked so far. */
        boolean repeated() {
            return repeated;
        }
    }

    /** Reports every repeated id, with the path of its first use. */
    static void report(ProgrammeDocument document, Violations violations) {
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
