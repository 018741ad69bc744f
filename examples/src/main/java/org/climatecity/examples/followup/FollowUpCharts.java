package org.climatecity.examples.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.internal.FileNames;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.examples.report.ReportCharts;

/**
 * Draws the follow-up's charts with {@link ReportCharts}: each indicator with two dated values or more, or one and a
 * target, against its baseline and target, each target's counted emissions against its path, and each investment plan's
 * funding by status and gap per year. Needs no display. Thread-safe.
 *
 * @since 0.1.0
 */
public final class FollowUpCharts {

    private FollowUpCharts() {
    }

    /**
     * Draws all charts of a follow-up.
     *
     * @param model the follow-up, not null
     * @return the charts by file name, in report order (indicators, targets, investment plans); each an
     *     {@code <svg>} element
     */
    public static Map<String, String> render(FollowUpModel model) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (FollowUpModel.IndicatorFacts facts : model.indicators()) {
            // a line needs two values, or one and the target to measure it against
            if (facts.dated().size() >= 2 || !facts.dated().isEmpty() && facts.indicator().target() != null) {
                charts.put(fileName(facts.indicator()), indicator(facts));
            }
        }
        for (FollowUpModel.TargetFacts facts : model.targets()) {
            if (!facts.counted().isEmpty()) {
                charts.put(fileName(facts.target()), target(facts));
            }
        }
        for (FollowUpModel.InvestmentFacts facts : model.investments()) {
            if (!facts.gaps().byYear().isEmpty()) {
                charts.put(fileName(facts.plan()), funding(facts));
            }
        }
        return charts;
    }

    /**
     * Returns the file name of an indicator's chart.
     *
     * @param indicator the indicator, not null
     * @return the name, such as {@code indicator-electric-car-share-borlange.svg}
     */
    public static String fileName(Indicator indicator) {
        return FileNames.of("indicator", indicator.id().toString(), "svg");
    }

    /**
     * Returns the file name of a target's chart.
     *
     * @param target the target, not null
     * @return the name, such as {@code target-borlange-climate-neutral-2030.svg}
     */
    public static String fileName(ClimateTarget target) {
        return FileNames.of("target", target.id().toString(), "svg");
    }

    /**
     * Returns the file name of an investment plan's chart.
     *
     * @param plan the plan, not null
     * @return the name, such as {@code funding-investment-plan-dalarna.svg}
     */
    public static String fileName(InvestmentPlan plan) {
        return FileNames.of("funding", plan.id().toString(), "svg");
    }

    /**
     * Returns the title of an indicator's chart.
     *
     * @param indicator the indicator, not null
     * @return the title
     */
    public static String title(Indicator indicator) {
        return indicator.name() + " (" + indicator.unit() + "): observed, baseline and target";
    }

    /**
     * Returns the title of a target's chart.
     *
     * @param target the target, not null
     * @return the title
     */
    public static String title(ClimateTarget target) {
        return target.name() + ": counted emissions and target path";
    }

    /**
     * Returns the title of an investment plan's chart.
     *
     * @param plan the plan, not null
     * @return the title
     */
    public static String title(InvestmentPlan plan) {
        return plan.name() + ": funding by status and gap per year";
    }

    static String indicator(FollowUpModel.IndicatorFacts facts) {
        Indicator indicator = facts.indicator();
        Map<String, SortedMap<Integer, Double>> lines = new LinkedHashMap<>();
        SortedMap<Integer, Double> observed = new TreeMap<>();
        facts.dated().forEach((year, observation) -> observed.put(year, observation.value()));
        lines.put(observedLabel(facts), observed);
        if (indicator.baseline() != null && indicator.baselineYear() != null) {
            lines.put("Baseline", new TreeMap<>(Map.of(indicator.baselineYear(), indicator.baseline())));
        }
        if (indicator.target() != null && indicator.targetYear() != null) {
            lines.put("Target", new TreeMap<>(Map.of(indicator.targetYear(), indicator.target())));
        }
        return ReportCharts.lines(title(indicator), indicator.unit(), lines, "indicator-" + indicator.id());
    }

    /**
     * Returns the legend of an indicator's values from their provenance: "Observed" with the sources' publishers when
     * all are sourced, otherwise "Values" with the publishers and the kinds that name no source.
     */
    static String observedLabel(FollowUpModel.IndicatorFacts facts) {
        java.util.Set<String> parts = new java.util.LinkedHashSet<>();
        boolean allSourced = true;
        for (var observation : facts.dated().values()) {
            org.climatecity.core.common.Provenance provenance = observation.provenance() != null
                    ? observation.provenance() : facts.indicator().provenance();
            if (provenance == null) {
                continue;
            }
            if (provenance.source() != null) {
                parts.add(provenance.source().publisher());
            } else {
                allSourced = false;
                parts.add(Texts.word(provenance.kind()));
            }
        }
        String head = allSourced ? "Observed" : "Values";
        return parts.isEmpty() ? head : head + " (" + String.join("; ", parts) + ")";
    }

    static String target(FollowUpModel.TargetFacts facts) {
        Map<String, SortedMap<Integer, Double>> lines = new LinkedHashMap<>();
        lines.put("Counted emissions", facts.counted());
        if (!facts.path().isEmpty()) {
            lines.put("Target path", facts.path());
        }
        return ReportCharts.lines(title(facts.target()), "t CO2e per year", lines, "target-" + facts.target().id());
    }

    static String funding(FollowUpModel.InvestmentFacts facts) {
        List<String> years = new ArrayList<>();
        Map<String, List<Double>> stacks = new LinkedHashMap<>();
        for (String name : List.of("secured", "applied for", "planned", "gap")) {
            stacks.put(name, new ArrayList<>());
        }
        facts.gaps().byYear().forEach((year, gap) -> {
            years.add(Integer.toString(year));
            stacks.get("secured").add(gap.secured().doubleValue());
            stacks.get("applied for").add(gap.appliedFor().doubleValue());
            stacks.get("planned").add(gap.planned().doubleValue());
            // funding beyond the cost is no negative bar
            stacks.get("gap").add(Math.max(0, gap.gap().doubleValue()));
        });
        return ReportCharts.stackedBars(title(facts.plan()), facts.gaps().currency().getCurrencyCode(), years, stacks,
                "funding-" + facts.plan().id());
    }
}
