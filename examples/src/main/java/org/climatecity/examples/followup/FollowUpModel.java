package org.climatecity.examples.followup;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionStatus;
import org.climatecity.core.action.StatusChange;
import org.climatecity.core.calc.FundingGapReport;
import org.climatecity.core.calc.TargetProgress;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.Observation;
import org.climatecity.core.targets.ClimateTarget;

/**
 * What the yearly follow-up reports about one initiative in one year: its indicators against their targets, each
 * climate target's progress and path, its actions by status with the changes of the year, and each investment plan's
 * funding gap. Every figure is computed once, by the library's calculations, when the model is built
 * ({@link FollowUpBuilder}); the console summary, the HTML page, the Markdown file and the charts are drawn from it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the report's title, not null
 * @param year the year followed up
 * @param indicators the initiative's indicators, in document order, not null
 * @param targets the initiative's climate targets with their progress, in document order, not null
 * @param actions the actions of all action plans of the initiative, in document order, not null
 * @param investments the investment plans with their funding gaps, in document order, not null
 * @param notes notes on sources and illustrative figures, not null
 * @param pathways the initiative's impact pathways, which place indicators on the way from action to impact, not
 *     null
 * @since 0.1.0
 */
public record FollowUpModel(String title, int year, List<IndicatorFacts> indicators, List<TargetFacts> targets,
        List<ActionFacts> actions, List<InvestmentFacts> investments, List<String> notes,
        List<org.climatecity.core.indicators.ImpactPathway> pathways) {

    /**
     * Creates a model.
     *
     * @param title the title, not null
     * @param year the year
     * @param indicators the indicators, not null
     * @param targets the targets, not null
     * @param actions the actions, not null
     * @param investments the investment plans, not null
     * @param notes the notes, not null
     * @param pathways the impact pathways, not null
     */
    public FollowUpModel {
        Objects.requireNonNull(title, "title");
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
        actions = List.copyOf(actions);
        investments = List.copyOf(investments);
        notes = List.copyOf(notes);
        pathways = List.copyOf(pathways);
    }

    /**
     * An indicator with the value that stands for the year: the most settled observation of the latest year up to it,
     * or an undated value where the source gives no year.
     *
     * @param indicator the indicator, not null
     * @param owner the owner's name, empty when it has none, not null
     * @param dated the most settled observation of each year up to the followed-up year, not null
     * @param current the observation that stands for the year, or null when there is none
     * @since 0.1.0
     */
    public record IndicatorFacts(Indicator indicator, String owner, SortedMap<Integer, Observation> dated,
            Observation current) {

        /**
         * Creates the facts.
         *
         * @param indicator the indicator, not null
         * @param owner the owner's name, not null
         * @param dated the dated observations, not null
         * @param current the current observation, or null
         */
        public IndicatorFacts {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(owner, "owner");
            dated = Collections.unmodifiableSortedMap(new TreeMap<>(dated));
        }

        /**
         * Returns the observation that stands for the year.
         *
         * @return the observation, or empty when there is none
         */
        public Optional<Observation> currentValue() {
            return Optional.ofNullable(current);
        }
    }

    /**
     * A climate target with its progress, measured in the latest year up to the followed-up year for which the
     * inventories give the emissions it counts.
     *
     * @param target the target, not null
     * @param progress the progress, or null when it cannot be measured
     * @param problem why the progress cannot be measured, or null when it can
     * @param counted the emissions the target counts per year, up to the followed-up year, not null
     * @param path the target path per year, empty when the target has none, not null
     * @since 0.1.0
     */
    public record TargetFacts(ClimateTarget target, TargetProgress progress, String problem,
            SortedMap<Integer, Double> counted, SortedMap<Integer, Double> path) {

        /**
         * Creates the facts.
         *
         * @param target the target, not null
         * @param progress the progress, or null
         * @param problem the problem, or null
         * @param counted the counted emissions, not null
         * @param path the path, not null
         */
        public TargetFacts {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(progress == null ? problem : progress, "progress or problem");
            counted = Collections.unmodifiableSortedMap(new TreeMap<>(counted));
            path = Collections.unmodifiableSortedMap(new TreeMap<>(path));
        }

        /**
         * Returns the progress, if it can be measured.
         *
         * @return the progress, or empty
         */
        public Optional<TargetProgress> measured() {
            return Optional.ofNullable(progress);
        }
    }

    /**
     * An action with its status at the end of the previous year and of the followed-up year, and the changes between.
     *
     * @param plan the name of its action plan, not null
     * @param action the action, not null
     * @param before its status at the end of the previous year, or null when it had none then
     * @param after its status at the end of the year: the latest change's, or its status where it has no history;
     *     null when its first change comes later
     * @param changes its status changes dated in the year, not null
     * @since 0.1.0
     */
    public record ActionFacts(String plan, Action action, ActionStatus before, ActionStatus after,
            List<StatusChange> changes) {

        /**
         * Creates the facts.
         *
         * @param plan the plan's name, not null
         * @param action the action, not null
         * @param before the status before, or null
         * @param after the status after, or null
         * @param changes the changes, not null
         */
        public ActionFacts {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(action, "action");
            changes = List.copyOf(changes);
        }
    }

    /**
     * An investment plan with its funding gap.
     *
     * @param plan the plan, not null
     * @param gaps the funding gap per year, field of action and in total, not null
     * @since 0.1.0
     */
    public record InvestmentFacts(InvestmentPlan plan, FundingGapReport gaps) {

        /**
         * Creates the facts.
         *
         * @param plan the plan, not null
         * @param gaps the gaps, not null
         */
        public InvestmentFacts {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(gaps, "gaps");
        }
    }
}
