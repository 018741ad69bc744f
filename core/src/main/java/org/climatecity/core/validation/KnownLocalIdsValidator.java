package org.climatecity.core.validation;

import java.util.List;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.finance.ActionCost;
import org.climatecity.core.finance.FundingAllocation;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.programme.CollaborationForum;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.RoleAssignment;
import org.climatecity.core.programme.RoundCommitment;
import org.climatecity.core.programme.Support;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.targets.ClimateTarget;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link KnownLocalIds}. Created by the Jakarta Validation provider; not meant to be called directly.
 *
 * @since 0.1.0
 */
public final class KnownLocalIdsValidator extends DocumentRule<KnownLocalIds> {

    /** Creates the validator. */
    public KnownLocalIdsValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
        programmes(document, violations);
        Checks checks = new Checks(violations);
        List<Initiative> initiatives = document.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            checks.initiative(initiatives.get(i), i);
        }
    }

    /**
     * The rule taken in the document's order in steps, so that {@link DocumentRules} can check an initiative in the
     * same walk as its other rules: each initiative's references; the programmes' are checked by
     * {@link #programmes}.
     */
    static final class Checks {

        private final Violations violations;

        /** Creates the checks, reporting to some violations. */
        Checks(Violations violations) {
            this.violations = violations;
        }

        /** Checks the references within one initiative, the document's {@code index}-th. */
        void initiative(Initiative initiative, int index) {
            KnownLocalIdsValidator.initiative(initiative, index, violations);
        }
    }

    /** Checks the programmes' references to the initiatives' funding sources. */
    static void programmes(ProgrammeDocument document, Violations violations) {
        int sourceCount = 0;
        for (Initiative initiative : document.initiatives()) {
            sourceCount += initiative.fundingSources().size();
        }
        IdSet allSources = new IdSet(sourceCount);
        for (Initiative initiative : document.initiatives()) {
            allSources.addAll(initiative.fundingSources(), FundingSource::id);
        }
        for (int p = 0; p < document.programmes().size(); p++) {
            List<Support> support = document.programmes().get(p).support();
            for (int s = 0; s < support.size(); s++) {
                LocalId funding = support.get(s).funding();
                if (funding != null && !allSources.contains(funding)) {
                    violations.add(PropertyPath.of("programmes", p).element("support", s).property("funding"),
                            "references unknown funding source '" + funding + "' of any initiative");
                }
            }
        }
    }

    private static void initiative(Initiative initiative, int i, Violations violations) {
        PropertyPath path = PropertyPath.of("initiatives", i);
        IdSet targets = IdSet.of(initiative.targets(), ClimateTarget::id);
        IdSet plans = IdSet.of(initiative.actionPlans(), ActionPlan::id);
        IdSet pilots = IdSet.of(initiative.pilots(), Pilot::id);
        int actionCount = 0;
        for (ActionPlan plan : initiative.actionPlans()) {
            actionCount += plan.actions().size();
        }
        IdSet actions = new IdSet(actionCount);
        for (ActionPlan plan : initiative.actionPlans()) {
            actions.addAll(plan.actions(), Action::id);
        }
        IdSet sources = IdSet.of(initiative.fundingSources(), FundingSource::id);
        List<ActionPlan> actionPlanList = initiative.actionPlans();
        for (int p = 0; p < actionPlanList.size(); p++) {
            List<Action> planActions = actionPlanList.get(p).actions();
            for (int a = 0; a < planActions.size(); a++) {
                List<LocalId> funding = planActions.get(a).funding();
                if (!sources.containsAll(funding)) {
                    all(funding, sources, "funding source", path.element("actionPlans", p).element("actions", a),
                            "funding", violations);
                }
            }
        }
        List<Partnership> partnerships = initiative.partnerships();
        for (int p = 0; p < partnerships.size(); p++) {
            List<RoleAssignment> roles = partnerships.get(p).roles();
            for (int r = 0; r < roles.size(); r++) {
                all(roles.get(r).funding(), sources, "funding source",
                        path.element("partnerships", p).element("roles", r), "funding", violations);
            }
        }
        List<InvestmentPlan> investmentPlans = initiative.investmentPlans();
        for (int p = 0; p < investmentPlans.size(); p++) {
            PropertyPath plan = path.element("investmentPlans", p);
            List<ActionCost> costs = investmentPlans.get(p).costs();
            for (int c = 0; c < costs.size(); c++) {
                LocalId action = costs.get(c).action();
                if (unknown(action, actions)) {
                    violations.add(plan.element("costs", c).property("action"), unknown("action", action));
                }
            }
            List<FundingAllocation> allocations = investmentPlans.get(p).allocations();
            for (int a = 0; a < allocations.size(); a++) {
                LocalId source = allocations.get(a).source();
                if (unknown(source, sources)) {
                    violations.add(plan.element("allocations", a).property("source"),
                            unknown("funding source", source));
                }
                LocalId action = allocations.get(a).action();
                if (unknown(action, actions)) {
                    violations.add(plan.element("allocations", a).property("action"), unknown("action", action));
                }
            }
        }

        List<TwinPairing> twins = initiative.twinPairings();
        for (int t = 0; t < twins.size(); t++) {
            all(twins.get(t).sharedTargets(), targets, "target", path.element("twinPairings", t),
                    "sharedTargets", violations);
        }
        List<CollaborationForum> forums = initiative.forums();
        for (int f = 0; f < forums.size(); f++) {
            all(forums.get(f).outputs(), plans, "action plan", path.element("forums", f), "outputs",
                    violations);
        }
        List<ScalingPlan> scalingPlans = initiative.scalingPlans();
        for (int s = 0; s < scalingPlans.size(); s++) {
            LocalId pilot = scalingPlans.get(s).pilot();
            if (!pilots.contains(pilot)) {
                violations.add(path.element("scalingPlans", s).property("pilot"), unknown("pilot", pilot));
            }
        }
        for (int r = 0; r < initiative.contractRounds().size(); r++) {
            List<RoundCommitment> commitments = initiative.contractRounds().get(r).commitments();
            for (int c = 0; c < commitments.size(); c++) {
                all(commitments.get(c).targets(), targets, "target", path.element("contractRounds", r)
                        .element("commitments", c), "targets", violations);
            }
        }
        List<Indicator> indicators = initiative.indicators();
        for (int k = 0; k < indicators.size(); k++) {
            LocalId action = indicators.get(k).trackedAction();
            if (unknown(action, actions)) {
                violations.add(path.element("indicators", k).property("trackedAction"), unknown("action", action));
            }
            LocalId target = indicators.get(k).trackedTarget();
            if (unknown(target, targets)) {
                violations.add(path.element("indicators", k).property("trackedTarget"), unknown("target", target));
            }
        }
    }

    /** Checks if an optional reference names no entity of the set. */
    private static boolean unknown(@Nullable LocalId id, IdSet known) {
        return id != null && !known.contains(id);
    }

    private static void all(List<LocalId> ids, IdSet known, String kind, PropertyPath owner, String list,
            Violations violations) {
        for (int k = 0; k < ids.size(); k++) {
            if (!known.contains(ids.get(k))) {
                violations.add(owner.element(list, k), unknown(kind, ids.get(k)));
            }
        }
    }

    private static String unknown(String kind, LocalId id) {
        return "references unknown " + kind + " '" + id + "' of this initiative";
    }
}
