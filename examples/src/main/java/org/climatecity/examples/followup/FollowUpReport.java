package org.climatecity.examples.followup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.examples.report.HtmlReport;
import org.climatecity.examples.report.ReportFiles;
import org.climatecity.examples.report.TextReport;

/**
 * Writes a {@link FollowUpModel} with the report's writers: the console summary, {@code follow-up.md} with the
 * charts as SVG files beside it, and {@code follow-up.html}, one self-contained page with the charts inline.
 *
 * @since 0.1.0
 */
public final class FollowUpReport {

    /** The name of the HTML page. */
    public static final String HTML = "follow-up.html";

    /** The name of the Markdown file. */
    public static final String MARKDOWN = "follow-up.md";

    private FollowUpReport() {
    }

    /**
     * Returns the console summary: the follow-up's tables as aligned text, and its notes.
     *
     * @param model the follow-up, not null
     * @return the text
     */
    public static String consoleSummary(FollowUpModel model) {
        return TextReport.console(model.title(), FollowUpTables.all(model), model.notes());
    }

    /**
     * Returns {@code follow-up.md}: the tables and the charts as images naming the SVG files beside it.
     *
     * @param model the follow-up, not null
     * @param charts the charts by file name, as {@link FollowUpCharts#render(FollowUpModel)} makes them, not null
     * @return the Markdown text
     */
    public static String markdown(FollowUpModel model, Map<String, String> charts) {
        Map<String, String> titles = new LinkedHashMap<>();
        charts.keySet().forEach(file -> titles.put(file, title(model, file)));
        return TextReport.markdown(model.title(), FollowUpTables.all(model), titles, model.notes());
    }

    /**
     * Returns {@code follow-up.html}: the tables, each followed by its charts inline.
     *
     * @param model the follow-up, not null
     * @param charts the charts by file name, not null
     * @return the page
     */
    public static String html(FollowUpModel model, Map<String, String> charts) {
        List<HtmlReport.Section> sections = new ArrayList<>();
        sections.add(new HtmlReport.Section(FollowUpTables.indicators(model), model.indicators().stream()
                .map(f -> figure(charts, FollowUpCharts.fileName(f.indicator()),
                        FollowUpCharts.title(f.indicator()))).toList()));
        sections.add(new HtmlReport.Section(FollowUpTables.indicatorsByLevel(model), List.of()));
        sections.add(new HtmlReport.Section(FollowUpTables.coBenefits(model), List.of()));
        sections.add(new HtmlReport.Section(FollowUpTables.targets(model), model.targets().stream()
                .map(f -> figure(charts, FollowUpCharts.fileName(f.target()), FollowUpCharts.title(f.target())))
                .toList()));
        sections.add(new HtmlReport.Section(FollowUpTables.actionsByStatus(model), List.of()));
        sections.add(new HtmlReport.Section(FollowUpTables.statusChanges(model), List.of()));
        for (FollowUpModel.InvestmentFacts facts : model.investments()) {
            sections.add(new HtmlReport.Section(FollowUpTables.fundingByYear(facts), List.of(figure(charts,
                    FollowUpCharts.fileName(facts.plan()), FollowUpCharts.title(facts.plan())))));
            sections.add(new HtmlReport.Section(FollowUpTables.fundingByField(facts), List.of()));
        }
        return HtmlReport.page(model.title(), model.notes(), sections);
    }

    /**
     * Writes {@code follow-up.html}, {@code follow-up.md} and the charts to a folder, all or none.
     *
     * @param model the follow-up, not null
     * @param charts the charts by file name, not null
     * @param folder the folder, not null
     * @return the files written, the HTML page first, then the Markdown file and the charts
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(FollowUpModel model, Map<String, String> charts, Path folder) throws IOException {
        return ReportFiles.write(folder, HTML, html(model, charts), MARKDOWN, markdown(model, charts), charts);
    }

    private static HtmlReport.Figure figure(Map<String, String> charts, String file, String caption) {
        return new HtmlReport.Figure(charts.get(file), caption);
    }

    private static String title(FollowUpModel model, String file) {
        for (FollowUpModel.IndicatorFacts facts : model.indicators()) {
            if (file.equals(FollowUpCharts.fileName(facts.indicator()))) {
                return FollowUpCharts.title(facts.indicator());
            }
        }
        for (FollowUpModel.TargetFacts facts : model.targets()) {
            if (file.equals(FollowUpCharts.fileName(facts.target()))) {
                return FollowUpCharts.title(facts.target());
            }
        }
        for (FollowUpModel.InvestmentFacts facts : model.investments()) {
            if (file.equals(FollowUpCharts.fileName(facts.plan()))) {
                return FollowUpCharts.title(facts.plan());
            }
        }
        return file;
    }
}
