package org.climatecity.core.document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionEffect;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.action.CoBenefit;
import org.climatecity.core.finance.ActionCost;
import org.climatecity.core.finance.FundingAllocation;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.ImpactPathway;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.PathwayStep;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.programme.CollaborationForum;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.RoleAssignment;
import org.climatecity.core.programme.RoundCommitment;
import org.climatecity.core.programme.Support;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.core.targets.ClimateTarget;
import org.jspecify.annotations.Nullable;

/**
 * Checks that the ids an initiative refers to name entities of the same initiative: a twin pairing's shared targets
 * name its targets, a forum's outputs name its action plans, a scaling plan's pilot names one of its pilots, a
 * contract round commitment's targets name its targets, and an indicator's tracked action and tracked target name an
 * action of its action plans and one of its targets; an action's funding, a funder role's funding and an investment
 * plan's allocations name funding sources of the initiative, and its costs and allocations actions of it; an action's
 * effect is additional to actions of the initiative, its co-benefits are tracked by indicators of it, and an impact
 * pathway starts from an action of it and names its indicators; a programme support's funding names a funding source
 * of any initiative, and a scenario's actions name actions of any initiative.
 *
 * <p>Each unknown id is reported at the reference: at {@code initiatives[0].twinPairings[0].sharedTargets[1]},
 * {@code references unknown target 'no-such-target' of this initiative}.
 *
 * <p>Code {@code known-local-ids}.
 */
final class KnownLocalIds implements Rule {

    @Override
    public String code() {
        return "known-local-ids";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        Known allSources = new Known(() -> {
            Set<LocalId> ids = new HashSet<>();
            for (Initiative initiative : document.initiatives()) {
                ids.addAll(ids(initiative.fundingSources(), FundingSource::id));
            }
            return ids;
        });
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
        List<Initiative> initiatives = document.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            initiative(initiatives.get(i), i, violations);
        }
        List<Scenario> scenarios = document.scenarios();
        if (!scenarios.isEmpty()) {
            Set<LocalId> allActions = new HashSet<>();
            for (Initiative initiative : initiatives) {
                for (ActionPlan plan : initiative.actionPlans()) {
                    allActions.addAll(ids(plan.actions(), Action::id));
                }
            }
            for (int s = 0; s < scenarios.size(); s++) {
                List<LocalId> included = scenarios.get(s).actions();
                for (int a = 0; a < included.size(); a++) {
                    if (!allActions.contains(included.get(a))) {
                        violations.add(PropertyPath.of("scenarios", s).element("actions", a),
                                "references unknown action '" + included.get(a) + "' of any initiative");
                    }
                }
            }
        }
    }

    private static void initiative(Initiative initiative, int i, Violations violations) {
        PropertyPath path = PropertyPath.of("initiatives", i);
        Known targets = new Known(() -> ids(initiative.targets(), ClimateTarget::id));
        Known plans = new Known(() -> ids(initiative.actionPlans(), ActionPlan::id));
        Known pilots = new Known(() -> ids(initiative.pilots(), Pilot::id));
        Known actions = new Known(() -> {
            Set<LocalId> ids = new HashSet<>();
            for (ActionPlan plan : initiative.actionPlans()) {
                ids.addAll(ids(plan.actions(), Action::id));
            }
            return ids;
        });
        Known sources = new Known(() -> ids(initiative.fundingSources(), FundingSource::id));
        Known indicatorIds = new Known(() -> ids(initiative.indicators(), Indicator::id));
        List<ActionPlan> actionPlanList = initiative.actionPlans();
        for (int p = 0; p < actionPlanList.size(); p++) {
            List<Action> planActions = actionPlanList.get(p).actions();
            for (int a = 0; a < planActions.size(); a++) {
                Action action = planActions.get(a);
                List<LocalId> funding = action.funding();
                if (!sources.containsAll(funding)) {
                    // the action's path only for an unknown source: a plan holds thousands of actions
                    all(funding, sources, "funding source", path.element("actionPlans", p).element("actions", a),
                            "funding", violations);
                }
                ActionEffect effect = action.effect();
                if (effect != null && !actions.containsAll(effect.additionalTo())) {
                    all(effect.additionalTo(), actions, "action", path.element("actionPlans", p)
                            .element("actions", a).property("effect"), "additionalTo", violations);
                }
                List<CoBenefit> coBenefits = action.coBenefits();
                for (int c = 0; c < coBenefits.size(); c++) {
                    LocalId indicator = coBenefits.get(c).indicator();
                    if (unknown(indicator, indicatorIds)) {
                        violations.add(path.element("actionPlans", p).element("actions", a)
                                .element("coBenefits", c).property("indicator"), unknown("indicator", indicator));
                    }
                }
            }
        }
        List<ImpactPathway> pathways = initiative.pathways();
        for (int k = 0; k < pathways.size(); k++) {
            ImpactPathway pathway = pathways.get(k);
            PropertyPath at = path.element("pathways", k);
            if (!actions.contains(pathway.action())) {
                violations.add(at.property("action"), unknown("action", pathway.action()));
            }
            steps(pathway.outputs(), indicatorIds, at, "outputs", violations);
            steps(pathway.outcomes(), indicatorIds, at, "outcomes", violations);
            steps(pathway.impacts(), indicatorIds, at, "impacts", violations);
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

    private static void steps(List<PathwayStep> steps, Known indicators, PropertyPath pathway, String list,
            Violations violations) {
        for (int k = 0; k < steps.size(); k++) {
            LocalId indicator = steps.get(k).indicator();
            if (!indicators.contains(indicator)) {
                violations.add(pathway.element(list, k).property("indicator"), unknown("indicator", indicator));
            }
        }
    }

    /** Checks if an optional reference names no entity of the set. */
    private static boolean unknown(@Nullable LocalId id, Known known) {
        return id != null && !known.contains(id);
    }

    private static void all(List<LocalId> ids, Known known, String kind, PropertyPath owner, String list,
            Violations violations) {
        for (int k = 0; k < ids.size(); k++) {
            if (!known.contains(ids.get(k))) {
                violations.add(owner.element(list, k), unknown(kind, ids.get(k)));
            }
        }
    }

    /** Returns the ids of some entities. */
    private static <E> Set<LocalId> ids(List<E> entities, Function<E, LocalId> id) {
        Set<LocalId> ids = new HashSet<>(entities.size() * 2);
        for (E entity : entities) {
            ids.add(id.apply(entity));
        }
        return ids;
    }

    /**
     * The ids of one kind of entity, gathered on the first look-up: an initiative whose thousands of indicators no
     * co-benefit or pathway names needs no set of their ids.
     */
    private static final class Known {

        private final Supplier<Set<LocalId>> gather;
        private @Nullable Set<LocalId> ids;

        Known(Supplier<Set<LocalId>> gather) {
            this.gather = gather;
        }

        boolean contains(LocalId id) {
            Set<LocalId> known = ids;
            if (known == null) {
                known = gather.get();
                ids = known;
            }
            return known.contains(id);
        }

        boolean containsAll(List<LocalId> list) {
            for (int k = 0; k < list.size(); k++) {
                if (!contains(list.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String unknown(String kind, LocalId id) {
        return "references unknown " + kind + " '" + id + "' of this initiative";
    }
}
