package org.climatecity.examples.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.climatecity.core.calc.ScenarioComparison;
import org.climatecity.core.common.YearEstimate;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.FileNames;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.scenario.Assumption;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.examples.report.Formats;
import org.climatecity.examples.report.HtmlReport;
import org.climatecity.examples.report.ReportCharts;
import org.climatecity.examples.report.ReportFiles;
import org.climatecity.examples.report.ReportTables.Table;
import org.climatecity.examples.report.TextReport;

/**
 * The scenarios report: for each owner compared, its scenarios with their assumptions, their emissions per year with
 * the low–high band, their gaps to the target paths, the years their lines reach them and the share of the gap the
 * plan closes; a fan chart per owner (each scenario's central line and band, and the target paths); written as the
 * console summary, {@code scenarios.md} with the charts beside it and {@code scenarios.html} with them inline.
 *
 * @since 0.1.0
 */
public final class ScenariosReport {

    /** The name of the HTML page. */
    public static final String HTML = "scenarios.html";

    /** The name of the Markdown file. */
    public static final String MARKDOWN = "scenarios.md";

    /** One owner's comparison, with the owner's name. */
    private record Owner(ActorId id, String name, ScenarioComparison comparison) {
    }

    private final String title;
    private final List<Owner> owners;

    private ScenariosReport(String title, List<Owner> owners) {
        this.title = title;
        this.owners = owners;
    }

    /**
     * Compares the scenarios of owners of a document.
     *
     * @param document the document, not null
     * @param owners the owners, not null, each with scenarios in the document
     * @return the report
     */
    public static ScenariosReport of(ProgrammeDocument document, List<ActorId> owners) {
        Objects.requireNonNull(document, "document");
        List<Owner> compared = new ArrayList<>();
        for (ActorId owner : owners) {
            String name = document.actor(owner).map(a -> a.name()).orElse(owner.toString());
            compared.add(new Owner(owner, name, ScenarioComparison.of(document, owner)));
        }
        String title = compared.size() == 1 ? "Scenarios of " + compared.get(0).name() : "Scenarios";
        return new ScenariosReport(title, List.copyOf(compared));
    }

    /**
     * Returns the owners whose scenarios a document holds, in the order of their first scenario.
     *
     * @param document the document, not null
     * @return the owners
     */
    public static List<ActorId> ownersWithScenarios(ProgrammeDocument document) {
        return document.scenarios().stream().map(Scenario::owner).distinct().toList();
    }

    /**
     * Returns the report's title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the report's tables, owner by owner.
     *
     * @return the tables
     */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (Owner owner : owners) {
            tables.addAll(tables(owner));
        }
        return tables;
    }

    /**
     * Returns the notes: targets without a path to compare with, and what is illustrative.
     *
     * @return the notes
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add("Emissions in t CO2e per year, as central (low-high). A gap above zero misses the target path; the"
                + " share closed is what the actions of the other scenarios cut from the business-as-usual line,"
                + " overlaps taken out, divided by that line's gap to the path.");
        for (Owner owner : owners) {
            owner.comparison().notes().forEach(n -> notes.add(owner.name() + ": " + n));
            for (Scenario scenario : owner.comparison().scenarios()) {
                if (scenario.provenance() != null && scenario.provenance().isIllustrative()) {
                    notes.add(scenario.name() + ": " + scenario.provenance().describe());
                }
            }
        }
        return notes;
    }

    /**
     * Draws the fan chart of each owner: each scenario's central line with its low–high band, and the target paths.
     *
     * @return the charts as SVG by file name, in the order of the owners
     */
    public Map<String, String> charts() {
        Map<String, String> charts = new LinkedHashMap<>();
        for (Owner owner : owners) {
            Map<String, SortedMap<Integer, double[]>> bands = new LinkedHashMap<>();
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (Scenario scenario : owner.comparison().scenarios()) {
                SortedMap<Integer, double[]> band = new TreeMap<>();
                for (ScenarioComparison.ScenarioYear year : owner.comparison().years()) {
                    if (year.scenario().equals(scenario.id())) {
                        YearEstimate e = year.emissions();
                        band.put(year.year(), new double[] {e.low(), e.central(), e.high()});
                        first = Math.min(first, year.year());
                        last = Math.max(last, year.year());
                    }
                }
                bands.put(scenario.name(), band);
            }
            Map<String, SortedMap<Integer, Double>> lines = new LinkedHashMap<>();
            for (ScenarioComparison.TargetLine target : owner.comparison().targets()) {
                SortedMap<Integer, Double> path = new TreeMap<>();
                for (int year = first; year <= last; year++) {
                    if (target.path().covers(year)) {
                        path.put(year, target.path().valueIn(year));
                    }
                }
                lines.put("target path: " + target.name(), path);
            }
            charts.put(fileName(owner), ReportCharts.fan(chartTitle(owner), bands, lines,
                    "scenarios-" + FileNames.portable(owner.id().toString())));
        }
        return charts;
    }

    /**
     * Returns the console summary: the tables as aligned text, and the notes.
     *
     * @return the text
     */
    public String consoleSummary() {
        return TextReport.console(title, tables(), notes());
    }

    /**
     * Returns {@code scenarios.md}: the tables and the charts as images naming the SVG files beside it.
     *
     * @param charts the charts by file name, as {@link #charts()} draws them, not null
     * @return the Markdown text
     */
    public String markdown(Map<String, String> charts) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Owner owner : owners) {
            if (charts.containsKey(fileName(owner))) {
                titles.put(fileName(owner), chartTitle(owner));
            }
        }
        return TextReport.markdown(title, tables(), titles, notes());
    }

    /**
     * Returns {@code scenarios.html}: each owner's tables, its emissions table followed by its fan chart inline.
     *
     * @param charts the charts by file name, not null
     * @return the page
     */
    public String html(Map<String, String> charts) {
        List<HtmlReport.Section> sections = new ArrayList<>();
        for (Owner owner : owners) {
            List<Table> tables = tables(owner);
            for (int t = 0; t < tables.size(); t++) {
                sections.add(new HtmlReport.Section(tables.get(t), t != 1 ? List.of()
                        : List.of(new HtmlReport.Figure(charts.get(fileName(owner)), chartTitle(owner)))));
            }
        }
        return HtmlReport.page(title, notes(), sections);
    }

    /**
     * Writes {@code scenarios.html}, {@code scenarios.md} and the charts to a folder, all or none.
     *
     * @param folder the folder, not null
     * @return the files written, the HTML page first, then the Markdown file and the charts
     * @throws IOException if a file cannot be written
     */
    public List<Path> write(Path folder) throws IOException {
        Map<String, String> charts = charts();
        return ReportFiles.write(folder, HTML, html(charts), MARKDOWN, markdown(charts), charts);
    }

    private static String fileName(Owner owner) {
        return "scenarios-" + FileNames.portable(owner.id().toString()) + ".svg";
    }

    private static String chartTitle(Owner owner) {
        return owner.name() + ": scenarios and target paths, t CO2e per year";
    }

    private static List<Table> tables(Owner owner) {
        ScenarioComparison c = owner.comparison();
        Map<LocalId, String> names = new LinkedHashMap<>();
        c.scenarios().forEach(s -> names.put(s.id(), s.name()));
        Map<LocalId, String> targets = new LinkedHashMap<>();
        c.targets().forEach(t -> targets.put(t.target(), t.name()));
        List<Table> tables = new ArrayList<>();

        List<List<String>> rows = new ArrayList<>();
        for (Scenario s : c.scenarios()) {
            List<String> assumptions = new ArrayList<>();
            for (Assumption a : s.assumptions()) {
                assumptions.add(a.name() + ": " + a.value() + " (" + a.provenance().describe() + ")");
            }
            rows.add(List.of(s.name(), Texts.word(s.kind()), Integer.toString(s.baseYear()),
                    Integer.toString(s.actions().size()), String.join("; ", assumptions)));
        }
        tables.add(new Table(owner.name() + ": scenarios",
                List.of("scenario", "kind", "base year", "actions", "assumptions"), rows,
                c.scenarios().isEmpty() ? "No scenarios." : ""));

        rows = new ArrayList<>();
        for (int year : c.allYears()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(year));
            for (Scenario s : c.scenarios()) {
                row.add(c.years().stream().filter(y -> y.year() == year && y.scenario().equals(s.id())).findFirst()
                        .map(y -> band(y.emissions())).orElse(""));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>();
        headers.add("year");
        c.scenarios().forEach(s -> headers.add(s.name()));
        tables.add(new Table(owner.name() + ": emissions per scenario (t CO2e)", headers, rows, ""));

        rows = new ArrayList<>();
        for (ScenarioComparison.TargetGap gap : c.gaps()) {
            rows.add(List.of(names.get(gap.scenario()), targets.get(gap.target()), Integer.toString(gap.year()),
                    band(gap.gap())));
        }
        tables.add(new Table(owner.name() + ": gap to the target paths (t CO2e)",
                List.of("scenario", "target", "year", "gap"), rows,
                c.targets().isEmpty() ? "No target of this owner alone has a path to compare with." : ""));

        rows = new ArrayList<>();
        for (ScenarioComparison.Crossing crossing : c.crossings()) {
            rows.add(List.of(names.get(crossing.scenario()), targets.get(crossing.target()), year(crossing.low()),
                    year(crossing.central()), year(crossing.high())));
        }
        tables.add(new Table(owner.name() + ": first year on or below the target path",
                List.of("scenario", "target", "low line", "central line", "high line"), rows, ""));

        rows = new ArrayList<>();
        for (ScenarioComparison.PlanGap plan : c.plan()) {
            rows.add(List.of(targets.get(plan.target()), Integer.toString(plan.year()), Formats.tonnes(plan.gap()),
                    band(plan.reduction()), plan.closedShare() == null ? "met without the plan"
                            : Formats.percent(plan.closedShare())));
        }
        tables.add(new Table(owner.name() + ": share of the business-as-usual gap the plan closes",
                List.of("target", "year", "gap of business as usual", "cut by the plan", "share closed"), rows,
                c.baseline() == null ? "No business-as-usual scenario to set the plan against."
                        : c.targets().isEmpty() ? "No target of this owner alone has a path to compare with." : ""));
        return tables;
    }

    private static String band(YearEstimate e) {
        return Formats.tonnes(e.central()) + " (" + Formats.tonnes(e.low()) + " to " + Formats.tonnes(e.high())
                + ")";
    }

    private static String year(Integer year) {
        return year == null ? "not reached" : year.toString();
    }
}
