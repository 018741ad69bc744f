package org.climatecity.examples.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.climatecity.core.action.ActionStatus;
import org.climatecity.core.action.CoBenefit;
import org.climatecity.core.action.StatusChange;
import org.climatecity.core.calc.FundingGap;
import org.climatecity.core.calc.MilestoneCheck;
import org.climatecity.core.calc.TargetProgress;
import org.climatecity.core.indicators.ImpactPathway;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.IndicatorLevel;
import org.climatecity.core.indicators.Observation;
import org.climatecity.examples.report.Formats;
import org.climatecity.examples.report.ReportTables.Table;

/**
 * The tables of the follow-up, each drawn from a {@link FollowUpModel}: the console summary, the Markdown file and
 * the HTML page print the same ones.
 *
 * @since 0.1.0
 */
public final class FollowUpTables {

    private FollowUpTables() {
    }

    /**
     * Returns all tables of the follow-up, in report order: indicators, targets, actions by status, the status
     * changes of the year, and per investment plan its funding gap by year and by field of action.
     *
     * @param model the follow-up, not null
     * @return the tables
     */
    public static List<Table> all(FollowUpModel model) {
        List<Table> tables = new ArrayList<>();
        tables.add(indicators(model));
        tables.add(indicatorsByLevel(model));
        tables.add(coBenefits(model));
        tables.add(targets(model));
        tables.add(actionsByStatus(model));
        tables.add(statusChanges(model));
        for (FollowUpModel.InvestmentFacts investment : model.investments()) {
            tables.add(fundingByYear(investment));
            tables.add(fundingByField(investment));
        }
        return tables;
    }

    /**
     * Returns the indicators grouped by their level on an impact pathway, inputs first: the level an indicator states,
     * else the level at which a pathway of the initiative names it; indicators on no level come last.
     *
     * @param model the follow-up, not null
     * @return the table
     */
    public static Table indicatorsByLevel(FollowUpModel model) {
        Map<IndicatorLevel, List<List<String>>> byLevel = new EnumMap<>(IndicatorLevel.class);
        List<List<String>> none = new ArrayList<>();
        for (FollowUpModel.IndicatorFacts facts : model.indicators()) {
            Indicator indicator = facts.indicator();
            IndicatorLevel level = indicator.level();
            String from = "stated by the indicator";
            if (level == null) {
                for (ImpactPathway pathway : model.pathways()) {
                    for (IndicatorLevel candidate : IndicatorLevel.values()) {
                        if (level == null && pathway.steps(candidate).stream()
                                .anyMatch(step -> step.indicator().equals(indicator.id()))) {
                            level = candidate;
                            from = "pathway '" + pathway.id() + "'";
                        }
                    }
                }
            }
            String value = facts.currentValue().map(o -> Formats.number(o.value()) + " " + indicator.unit())
                    .orElse("-");
            String category = indicator.category() == null ? "-" : word(indicator.category());
            if (level == null) {
                none.add(List.of("none", indicator.name(), category, "-", value));
            } else {
                byLevel.computeIfAbsent(level, l -> new ArrayList<>())
                        .add(List.of(word(level), indicator.name(), category, from, value));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byLevel.values().forEach(rows::addAll);
        rows.addAll(none);
        return new Table("Indicators by pathway level", List.of("level", "indicator", "category", "level from",
                "value in " + model.year()), rows, rows.isEmpty() ? "The initiative follows no indicators." : "");
    }

    /**
     * Returns the co-benefits of the actions under way at the end of the year: what each changes besides emissions,
     * for better or worse, for whom, and the indicator that tracks it.
     *
     * @param model the follow-up, not null
     * @return the table
     */
    public static Table coBenefits(FollowUpModel model) {
        Map<org.climatecity.core.id.LocalId, String> names = new java.util.HashMap<>();
        model.indicators().forEach(f -> names.put(f.indicator().id(), f.indicator().name()));
        List<List<String>> rows = new ArrayList<>();
        for (FollowUpModel.ActionFacts facts : model.actions()) {
            if (facts.after() != ActionStatus.IN_PROGRESS) {
                continue;
            }
            for (CoBenefit benefit : facts.action().coBenefits()) {
                rows.add(List.of(facts.action().title(), word(benefit.category()), word(benefit.direction()),
                        benefit.affected().isEmpty() ? "-" : String.join("; ", benefit.affected()),
                        benefit.indicator() == null ? "-" : names.getOrDefault(benefit.indicator(),
                                benefit.indicator().toString()),
                        benefit.note() == null ? "" : benefit.note()));
            }
        }
        return new Table("Co-benefits of actions under way at the end of " + model.year(),
                List.of("action", "category", "better or worse", "who is affected", "tracked by", "note"), rows,
                rows.isEmpty() ? "No action under way states a co-benefit." : "");
    }

    /**
     * Returns the indicators with the value that stands for the year against their baseline and target.
     *
     * @param model the follow-up, not null
     * @return the table
     */
    public static Table indicators(FollowUpModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (FollowUpModel.IndicatorFacts facts : model.indicators()) {
            Indicator indicator = facts.indicator();
            Observation current = facts.current();
            String value = current == null ? "-" : Formats.number(current.value()) + " ("
                    + (current.period() == null ? "undated" : period(current)) + ", " + word(current.status()) + ")";
            String progress = current == null ? "-" : indicator.progress(current.value()).isPresent()
                    ? Formats.percent(indicator.progress(current.value()).getAsDouble()) : "-";
            String meets = current == null ? "-" : indicator.meetsTarget(current.value()).map(b -> b ? "yes" : "no")
                    .orElse("-");
            rows.add(List.of(indicator.name(), facts.owner().isEmpty() ? "-" : facts.owner(), indicator.unit(), value,
                    indicator.baseline() == null ? "-" : Formats.number(indicator.baseline())
                            + (indicator.baselineYear() == null ? "" : " (" + indicator.baselineYear() + ")"),
                    indicator.target() == null ? "-" : Formats.number(indicator.target())
                            + (indicator.targetYear() == null ? "" : " by " + indicator.targetYear()),
                    progress, meets));
        }
        return new Table("Indicators in " + model.year(), List.of("indicator", "owner", "unit",
                "value (year, status)", "baseline", "target", "share of the way", "meets target"), rows,
                "The value is the most settled observation of the latest year up to " + model.year() + ", or an"
                        + " undated value where the source gives no year. The share of the way runs from 0 at the"
                        + " baseline to 100 % at the target.");
    }

    /**
     * Returns each climate target's progress: the emissions it counts in the latest year with data, its baseline,
     * the path's value that year, the share of the way achieved, on or off track, and its milestones.
     *
     * @param model the follow-up, not null
     * @return the table
     */
    public static Table targets(FollowUpModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (FollowUpModel.TargetFacts facts : model.targets()) {
            TargetProgress p = facts.progress();
            if (p == null) {
                rows.add(List.of(facts.target().name(), "-", "-", "-", "-", "-", "-", "not measured: "
                        + facts.problem()));
                continue;
            }
            List<String> milestones = new ArrayList<>();
            for (MilestoneCheck check : p.milestones()) {
                milestones.add(check.year() + " " + Formats.tonnes(check.level()) + ": " + word(check.status()));
            }
            rows.add(List.of(facts.target().name(), Integer.toString(p.year()), Formats.tonnes(p.observed()
                    .tonnesCo2e()), Formats.tonnes(p.baseline().tonnesCo2e()) + " (" + p.baseline().year() + ")",
                    Formats.tonnes(p.pathValue()), Double.isNaN(p.shareAchieved()) ? "-"
                            : Formats.percent(p.shareAchieved()),
                    (p.onTrack() ? "on track" : "off track") + " (" + Formats.signedTonnes(
                            java.util.OptionalDouble.of(p.deviationFromPath())) + " against the path)",
                    milestones.isEmpty() ? "-" : String.join("; ", milestones)));
        }
        return new Table("Targets' progress (t CO2e)", List.of("target", "emissions of", "counted emissions",
                "baseline", "target path that year", "share of the way", "against the path", "milestones"), rows,
                "Each target is measured in the latest year up to " + model.year() + " for which the inventories"
                        + " give the emissions it counts (its boundary and sectors, complete years only).");
    }

    /**
     * Returns how many actions had each status at the end of the previous year and of the year.
     *
     * @param model the follow-up, not null
     * @return the table
     */
    public static Table actionsByStatus(FollowUpModel model) {
        Map<ActionStatus, int[]> counts = new EnumMap<>(ActionStatus.class);
        int[] none = new int[2];
        for (FollowUpModel.ActionFacts action : model.actions()) {
            count(counts, none, action.before(), 0);
            count(counts, none, action.after(), 1);
        }
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((status, n) -> rows.add(List.of(word(status), Integer.toString(n[0]),
                Integer.toString(n[1]))));
        if (none[0] + none[1] > 0) {
            rows.add(List.of("not yet in a plan", Integer.toString(none[0]), Integer.toString(none[1])));
        }
        rows.add(List.of("all actions", Integer.toString(model.actions().size()),
                Integer.toString(model.actions().size())));
        return new Table("Actions by status", List.of("status", "end of " + (model.year() - 1),
                "end of " + model.year()), rows, "An action's status on a day is that of its latest change up to"
                        + " then; an action without a history has its recorded status throughout.");
    }

    private static void count(Map<ActionStatus, int[]> counts, int[] none, ActionStatus status, int column) {
        if (status == null) {
            none[column]++;
        } else {
            counts.computeIfAbsent(status, s -> new int[2])[column]++;
        }
    }

    /**
     * Returns the status changes dated in the year, action by action.
     *
     * @param model the follow-up, not null
     * @return the table; without rows, its note says that nothing changed
     */
    public static Table statusChanges(FollowUpModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (FollowUpModel.ActionFacts action : model.actions()) {
            ActionStatus previous = action.before();
            for (StatusChange change : action.changes()) {
                rows.add(List.of(action.action().title(), action.plan(), change.date().toString(),
                        (previous == null ? "-" : word(previous)) + " -> " + word(change.status()),
                        change.note() == null ? "-" : change.note()));
                previous = change.status();
            }
        }
        return new Table("What changed in " + model.year(), List.of("action", "plan", "date", "status", "note"),
                rows, rows.isEmpty() ? "No action changed its status in " + model.year() + "." : "");
    }

    /**
     * Returns an investment plan's costs, funding by status and gap per year, with the total.
     *
     * @param investment the plan with its gaps, not null
     * @return the table
     */
    public static Table fundingByYear(FollowUpModel.InvestmentFacts investment) {
        List<List<String>> rows = new ArrayList<>();
        investment.gaps().byYear().forEach((year, gap) -> rows.add(fundingRow(Integer.toString(year), gap)));
        rows.add(fundingRow("total", investment.gaps().total()));
        return new Table("Funding gap by year: " + investment.plan().name() + " ("
                + investment.gaps().currency().getCurrencyCode() + ")", FUNDING_HEADERS("year"), rows, FUNDING_NOTE);
    }

    /**
     * Returns an investment plan's costs, funding by status and gap per field of action, with the total.
     *
     * @param investment the plan with its gaps, not null
     * @return the table
     */
    public static Table fundingByField(FollowUpModel.InvestmentFacts investment) {
        List<List<String>> rows = new ArrayList<>();
        investment.gaps().byField().forEach((field, gap) -> rows.add(fundingRow(word(field), gap)));
        rows.add(fundingRow("total", investment.gaps().total()));
        return new Table("Funding gap by field of action: " + investment.plan().name() + " ("
                + investment.gaps().currency().getCurrencyCode() + ")", FUNDING_HEADERS("field of action"), rows,
                "");
    }

    private static final String FUNDING_NOTE = "The gap is the cost no funding covers, whatever its status; the"
            + " unsecured part is the cost that secured funding does not cover.";

    private static List<String> FUNDING_HEADERS(String first) {
        return List.of(first, "cost", "secured", "applied for", "planned", "gap", "unsecured");
    }

    private static List<String> fundingRow(String label, FundingGap gap) {
        Function<BigDecimal, String> money = Formats::money;
        return List.of(label, money.apply(gap.cost()), money.apply(gap.secured()), money.apply(gap.appliedFor()),
                money.apply(gap.planned()), money.apply(gap.gap()), money.apply(gap.unsecured()));
    }

    private static String period(Observation observation) {
        return observation.period().first() == observation.period().last()
                ? Integer.toString(observation.period().first())
                : observation.period().first() + "-" + observation.period().last();
    }

    /** An enum constant as lower-case words, such as {@code in progress}. */
    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
