package org.climatecity.examples.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.action.ActionStatus;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.calc.EmissionsProjection;
import org.climatecity.core.calc.FundingGaps;
import org.climatecity.core.calc.MatchedEmissions;
import org.climatecity.core.calc.TargetEmissions;
import org.climatecity.core.calc.TargetPaths;
import org.climatecity.core.calc.TargetProgress;
import org.climatecity.core.calc.TargetProgresses;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.finance.ActionCost;
import org.climatecity.core.finance.FundingAllocation;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.Observation;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.targets.ClimateTarget;

/**
 * Builds the {@link FollowUpModel} of a document's first initiative for a year, through the library's calculations:
 * {@link TargetProgresses} for each target, {@link FundingGaps} for each investment plan, {@link Action#statusOn} and
 * {@link Action#changesIn} for the actions, {@link Indicator#observationsByYear()} for the indicators.
 *
 * <p>A follow-up needs indicators to follow, and a year within the document's data: from the first to the last year
 * of its inventories, dated observations, status changes and investment plans. A target's progress is measured in
 * the latest year up to the followed-up year for which the inventories give the emissions it counts, which the
 * report names.
 *
 * @since 0.1.0
 */
public final class FollowUpBuilder {

    private final ProgrammeDocument document;
    private final Initiative initiative;

    private FollowUpBuilder(ProgrammeDocument document, Initiative initiative) {
        this.document = document;
        this.initiative = initiative;
    }

    /**
     * Obtains a builder for the first initiative of a document that has indicators.
     *
     * @param document the document, valid, not null
     * @return the builder
     * @throws ClimateCityException if no initiative of the document has indicators
     */
    public static FollowUpBuilder of(ProgrammeDocument document) {
        Objects.requireNonNull(document, "document");
        Initiative initiative = document.initiatives().stream().filter(i -> !i.indicators().isEmpty()).findFirst()
                .orElseThrow(() -> new ClimateCityException("a follow-up needs an initiative with indicators; the"
                        + " document's " + document.initiatives().size() + (document.initiatives().size() == 1
                                ? " initiative has" : " initiatives have") + " none"));
        return new FollowUpBuilder(document, initiative);
    }

    /**
     * Returns the initiative followed up.
     *
     * @return the initiative, not null
     */
    public Initiative initiative() {
        return initiative;
    }

    /**
     * Returns the years of the document's data: those of its inventories, of its initiative's dated observations,
     * status changes and investment plans' costs and allocations.
     *
     * @return the years, ascending; empty when nothing is dated
     */
    public TreeSet<Integer> dataYears() {
        TreeSet<Integer> years = new TreeSet<>();
        document.inventories().stream().map(EmissionsInventory::year).forEach(years::add);
        for (Indicator indicator : initiative.indicators()) {
            years.addAll(indicator.observationsByYear().keySet());
        }
        for (ActionPlan plan : initiative.actionPlans()) {
            plan.actions().forEach(a -> a.statusHistory().forEach(c -> years.add(c.date().getYear())));
        }
        for (InvestmentPlan plan : initiative.investmentPlans()) {
            plan.costs().stream().map(ActionCost::year).forEach(years::add);
            plan.allocations().stream().map(FundingAllocation::year).forEach(years::add);
        }
        return years;
    }

    /**
     * Builds the follow-up of a year.
     *
     * @param year the year, within {@link #dataYears()}' first and last
     * @param notes notes on sources and illustrative figures to carry, not null
     * @return the model
     * @throws ClimateCityException if the year lies outside the document's data
     */
    public FollowUpModel build(int year, List<String> notes) {
        TreeSet<Integer> years = dataYears();
        if (years.isEmpty() || year < years.first() || year > years.last()) {
            throw new ClimateCityException("the year followed up must lie within the document's data, "
                    + (years.isEmpty() ? "which has no dated values" : years.first() + "-" + years.last())
                    + ", was " + year);
        }
        return new FollowUpModel(initiative.name() + ": follow-up " + year, year, indicators(year), targets(year),
                actions(year), investments(), notes, initiative.pathways());
    }

    /**
     * Returns the indicators with the values that stand for a year.
     *
     * @param year the year
     * @return the facts, in document order
     */
    public List<FollowUpModel.IndicatorFacts> indicators(int year) {
        List<FollowUpModel.IndicatorFacts> facts = new ArrayList<>();
        for (Indicator indicator : initiative.indicators()) {
            SortedMap<Integer, Observation> dated = new TreeMap<>(indicator.observationsByYear().headMap(year + 1));
            Observation current = dated.isEmpty() ? undated(indicator) : dated.get(dated.lastKey());
            String owner = indicator.owner() == null ? "" : name(indicator.owner());
            facts.add(new FollowUpModel.IndicatorFacts(indicator, owner, dated, current));
        }
        return facts;
    }

    private static Observation undated(Indicator indicator) {
        return indicator.observations().stream().filter(o -> o.period() == null).reduce((a, b) -> b).orElse(null);
    }

    /**
     * Returns the targets with their progress, each measured in the latest year up to {@code year} with the
     * emissions it counts.
     *
     * @param year the year
     * @return the facts, in document order
     */
    public List<FollowUpModel.TargetFacts> targets(int year) {
        List<FollowUpModel.TargetFacts> facts = new ArrayList<>();
        for (ClimateTarget target : initiative.targets()) {
            SortedMap<Integer, Double> counted = new TreeMap<>();
            TargetEmissions.series(document, target).ifPresent(series -> series.toMap().headMap(year + 1)
                    .forEach(counted::put));
            SortedMap<Integer, Double> path = new TreeMap<>();
            TargetProgress progress = null;
            String problem = null;
            try {
                Optional<MatchedEmissions> baseline = TargetEmissions.baseline(document, target);
                ClimateTarget withBaseline = baseline.isPresent() && target.baseline() != null
                        && target.baseline().tonnesCo2e() == null
                        ? target.withBaselineValue(baseline.get().tonnesCo2e()) : target;
                EmissionsProjection projection = TargetPaths.forTarget(withBaseline);
                for (int y = projection.firstYear(); y <= projection.lastYear(); y++) {
                    path.put(y, projection.valueIn(y));
                }
                if (counted.isEmpty()) {
                    problem = "no complete emissions of the target's boundary up to " + year;
                } else {
                    progress = TargetProgresses.inYear(document, target, counted.lastKey());
                }
            } catch (ClimateCityException e) {
                problem = e.getMessage();
            }
            facts.add(new FollowUpModel.TargetFacts(target, progress, problem, counted, path));
        }
        return facts;
    }

    /**
     * Returns the actions of the initiative's plans with their status at the end of the previous year and of the
     * year, and the changes between.
     *
     * @param year the year
     * @return the facts, in document order
     */
    public List<FollowUpModel.ActionFacts> actions(int year) {
        LocalDate endBefore = LocalDate.of(year - 1, 12, 31);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<FollowUpModel.ActionFacts> facts = new ArrayList<>();
        for (ActionPlan plan : initiative.actionPlans()) {
            for (Action action : plan.actions()) {
                ActionStatus before = action.statusHistory().isEmpty() ? action.status()
                        : action.statusOn(endBefore).orElse(null);
                ActionStatus after = action.statusHistory().isEmpty() ? action.status()
                        : action.statusOn(end).orElse(null);
                facts.add(new FollowUpModel.ActionFacts(plan.name(), action, before, after, action.changesIn(year)));
            }
        }
        return facts;
    }

    /**
     * Returns the investment plans with their funding gaps.
     *
     * @return the facts, in document order
     */
    public List<FollowUpModel.InvestmentFacts> investments() {
        return initiative.investmentPlans().stream()
                .map(plan -> new FollowUpModel.InvestmentFacts(plan, FundingGaps.of(initiative, plan))).toList();
    }

    private String name(org.climatecity.core.id.ActorId id) {
        return document.actor(id).map(Actor::name).orElse(id.value());
    }
}
