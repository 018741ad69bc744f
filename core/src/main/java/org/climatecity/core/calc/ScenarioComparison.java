package org.climatecity.core.calc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.Action;
import org.climatecity.core.common.YearEstimate;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.core.scenario.ScenarioKind;
import org.climatecity.core.targets.ClimateTarget;
import org.jspecify.annotations.Nullable;

/**
 * A comparison of an owner's scenarios, year by year: each scenario's emissions with their low–high band, the gap
 * to the baseline scenario and to each target path, the year each scenario's lines first reach each target path, and
 * the share of the gap between the baseline and a target path that the actions of the other scenarios close, with
 * overlaps taken out ({@link PlanEffects}).
 *
 * <p>The baseline is the first business-as-usual scenario; without one there are no gaps to a baseline and no shares
 * closed. Immutable and thread-safe.
 *
 * @param scenarios the scenarios compared, in document order, not null
 * @param baseline the id of the baseline scenario, or null when none is business as usual
 * @param targets the target paths compared with, not null
 * @param years the scenarios' emissions per year, scenario by scenario, years ascending, not null
 * @param gaps the gaps of each scenario to each target path in the years both cover, not null
 * @param crossings the years each scenario's lines first reach each target path, not null
 * @param plan what the actions cut from the baseline per year and target, and the share of its gap they close, not
 *     null
 * @param notes targets left out and why, not null
 * @since 0.1.0
 */
public record ScenarioComparison(List<Scenario> scenarios, @Nullable LocalId baseline, List<TargetLine> targets,
        List<ScenarioYear> years, List<TargetGap> gaps, List<Crossing> crossings, List<PlanGap> plan,
        List<String> notes) {

    /**
     * A target path to compare scenarios with.
     *
     * @param target the target's id, not null
     * @param name the target's name, not blank
     * @param path the path the target prescribes, not null
     * @since 0.1.0
     */
    public record TargetLine(LocalId target, String name, EmissionsProjection path) {

        /**
         * Creates a target line.
         *
         * @param target the id, not null
         * @param name the name, not blank
         * @param path the path, not null
         * @throws ClimateCityException if a component is missing
         */
        public TargetLine {
            Require.nonNull(target, "target");
            name = Require.text(name, "target name");
            Require.nonNull(path, "target path");
        }
    }

    /**
     * A scenario's emissions in a year.
     *
     * @param scenario the scenario's id, not null
     * @param year the year
     * @param emissions the low, central and high emissions in tonnes CO2e, not null
     * @param belowBaseline the baseline's emissions minus these, or null for the baseline itself, without one, or
     *     when the baseline projects nothing that year
     * @since 0.1.0
     */
    public record ScenarioYear(LocalId scenario, int year, YearEstimate emissions,
            @Nullable YearEstimate belowBaseline) {
    }

    /**
     * A scenario's gap to a target path in a year: its emissions minus the path, above zero where it misses it.
     *
     * @param scenario the scenario's id, not null
     * @param target the target's id, not null
     * @param year the year
     * @param gap the low, central and high line minus the path's value, in tonnes CO2e, not null
     * @since 0.1.0
     */
    public record TargetGap(LocalId scenario, LocalId target, int year, YearEstimate gap) {
    }

    /**
     * The first year of a scenario's projections in which each of its lines is at or below a target path.
     *
     * @param scenario the scenario's id, not null
     * @param target the target's id, not null
     * @param low the first year of the low line, or null when it never is within the years compared
     * @param central the first year of the central line, or null
     * @param high the first year of the high line, or null
     * @since 0.1.0
     */
    public record Crossing(LocalId scenario, LocalId target, @Nullable Integer low, @Nullable Integer central,
            @Nullable Integer high) {
    }

    /**
     * What the actions cut from the baseline in a year, and the share of the baseline's gap to a target they close.
     *
     * @param target the target's id, not null
     * @param year the year
     * @param reduction the low, central and high cut in tonnes CO2e, overlaps taken out, not null
     * @param gap the baseline's central line minus the target path, in tonnes CO2e
     * @param closedShare the central cut divided by the gap, or null where the baseline already meets the path
     * @since 0.1.0
     */
    public record PlanGap(LocalId target, int year, YearEstimate reduction, double gap, @Nullable Double closedShare) {
    }

    /**
     * Creates a comparison.
     *
     * @param scenarios the scenarios, not null
     * @param baseline the baseline's id, or null
     * @param targets the target lines, not null
     * @param years the years, not null
     * @param gaps the gaps, not null
     * @param crossings the crossings, not null
     * @param plan the plan's cuts, not null
     * @param notes the notes, not null
     * @throws ClimateCityException if a component is missing
     */
    public ScenarioComparison {
        scenarios = Require.list(scenarios, "scenarios");
        targets = Require.list(targets, "targets");
        years = Require.list(years, "years");
        gaps = Require.list(gaps, "gaps");
        crossings = Require.list(crossings, "crossings");
        plan = Require.list(plan, "plan");
        notes = Require.list(notes, "notes");
    }

    /**
     * Compares an owner's scenarios in a document with the paths of the targets the owner holds alone, and sets the
     * actions the other scenarios include against the business-as-usual one.
     *
     * @param document the document, not null
     * @param owner the owner, not null
     * @return the comparison; without scenarios of the owner, an empty one
     */
    public static ScenarioComparison of(ProgrammeDocument document, ActorId owner) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(owner, "owner");
        List<Scenario> scenarios = document.scenariosOf(owner);
        List<TargetLine> targets = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Initiative initiative : document.initiatives()) {
            for (ClimateTarget target : initiative.targets()) {
                if (!target.owners().equals(List.of(owner))) {
                    continue;
                }
                try {
                    targets.add(new TargetLine(target.id(), target.name(), TargetPaths.forTarget(target)));
                } catch (ClimateCityException e) {
                    notes.add("target '" + target.id() + "' has no path to compare with: " + e.getMessage());
                }
            }
        }
        Set<LocalId> included = new LinkedHashSet<>();
        Scenario baseline = baseline(scenarios);
        for (Scenario scenario : scenarios) {
            if (scenario != baseline) {
                included.addAll(scenario.actions());
            }
        }
        List<Action> actions = included.stream().map(document::action).flatMap(Optional::stream).toList();
        ScenarioComparison comparison = of(scenarios, targets, actions);
        notes.addAll(comparison.notes());
        return new ScenarioComparison(comparison.scenarios(), comparison.baseline(), comparison.targets(),
                comparison.years(), comparison.gaps(), comparison.crossings(), comparison.plan(), notes);
    }

    /**
     * Compares scenarios with target paths, and sets actions against the first business-as-usual scenario.
     *
     * @param scenarios the scenarios, not null
     * @param targets the target paths, not null
     * @param actions the actions of the plan, not null; those without a stated effect cut nothing
     * @return the comparison
     */
    public static ScenarioComparison of(List<Scenario> scenarios, List<TargetLine> targets, List<Action> actions) {
        Objects.requireNonNull(scenarios, "scenarios");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(actions, "actions");
        Scenario baseline = baseline(scenarios);
        List<ScenarioYear> years = new ArrayList<>();
        List<TargetGap> gaps = new ArrayList<>();
        List<Crossing> crossings = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            for (int year : scenario.years()) {
                YearEstimate emissions = scenario.total(year).orElseThrow();
                YearEstimate below = null;
                if (baseline != null && scenario != baseline) {
                    below = baseline.total(year).map(b -> difference(b, emissions)).orElse(null);
                }
                years.add(new ScenarioYear(scenario.id(), year, emissions, below));
            }
            for (TargetLine target : targets) {
                Integer low = null;
                Integer central = null;
                Integer high = null;
                for (int year : scenario.years()) {
                    if (!target.path().covers(year)) {
                        continue;
                    }
                    YearEstimate emissions = scenario.total(year).orElseThrow();
                    double path = target.path().valueIn(year);
                    gaps.add(new TargetGap(scenario.id(), target.target(), year, new YearEstimate(year,
                            emissions.low() - path, emissions.central() - path, emissions.high() - path)));
                    low = low == null && emissions.low() <= path ? Integer.valueOf(year) : low;
                    central = central == null && emissions.central() <= path ? Integer.valueOf(year) : central;
                    high = high == null && emissions.high() <= path ? Integer.valueOf(year) : high;
                }
                crossings.add(new Crossing(scenario.id(), target.target(), low, central, high));
            }
        }
        List<PlanGap> plan = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (baseline == null) {
            notes.add("no business-as-usual scenario: no gaps to a baseline and no share of a gap closed");
        } else {
            for (TargetLine target : targets) {
                for (int year : baseline.years()) {
                    if (!target.path().covers(year)) {
                        continue;
                    }
                    YearEstimate reduction = PlanEffects.reduction(baseline, actions, year).orElseThrow();
                    double gap = baseline.total(year).orElseThrow().central() - target.path().valueIn(year);
                    plan.add(new PlanGap(target.target(), year, reduction, gap,
                            gap > 0 ? Double.valueOf(reduction.central() / gap) : null));
                }
            }
        }
        return new ScenarioComparison(scenarios, baseline == null ? null : baseline.id(), targets, years, gaps,
                crossings, plan, notes);
    }

    /**
     * Returns the years any compared scenario projects.
     *
     * @return the years, ascending
     */
    public SortedSet<Integer> allYears() {
        SortedSet<Integer> all = new TreeSet<>();
        years.forEach(y -> all.add(y.year()));
        return java.util.Collections.unmodifiableSortedSet(all);
    }

    private static @Nullable Scenario baseline(List<Scenario> scenarios) {
        return scenarios.stream().filter(s -> s.kind() == ScenarioKind.BUSINESS_AS_USUAL).findFirst().orElse(null);
    }

    /**
     * Returns a minus b with a band: the central difference, between the differences of the low and of the high
     * lines (the band of lines that move together).
     */
    private static YearEstimate difference(YearEstimate a, YearEstimate b) {
        double central = a.central() - b.central();
        double lows = a.low() - b.low();
        double highs = a.high() - b.high();
        return new YearEstimate(a.year(), Math.min(central, Math.min(lows, highs)), central,
                Math.max(central, Math.max(lows, highs)));
    }
}
