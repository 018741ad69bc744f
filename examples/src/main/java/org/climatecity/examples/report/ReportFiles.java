package org.climatecity.examples.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.internal.OutputFiles;

/**
 * Writes a report to a folder: {@code report.html} (self-contained, charts inline), {@code report.md} and the charts
 * as {@code .svg} files beside it.
 *
 * @since 0.1.0
 */
public final class ReportFiles {

    /** The name of the HTML page. */
    public static final String HTML = "report.html";

    /** The name of the Markdown file. */
    public static final String MARKDOWN = "report.md";

    private ReportFiles() {
    }

    /**
     * Writes the report, creating the folder if needed and replacing earlier files, all or none: the files are
     * written to temporary files and moved into place once all of them are complete, so that a failure (a full
     * disk, a file-size limit) leaves the earlier report as it was. Other files of the folder are left alone.
     *
     * @param model the report, not null
     * @param charts the charts by file name, as made by {@link ReportCharts#render(ReportModel)}, not null
     * @param folder the folder, not null
     * @return the files written, the HTML page first, then the Markdown file and the charts
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(ReportModel model, Map<String, String> charts, Path folder) throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        charts.keySet().forEach(file -> titles.put(file, title(file, model)));
        return write(folder, HTML, HtmlReport.html(model, charts), MARKDOWN, TextReport.markdown(model, titles),
                charts);
    }

    /**
     * Writes an HTML page, a Markdown file and the charts beside them to a folder, all or none, as
     * {@link #write(ReportModel, Map, Path)} does.
     *
     * @param folder the folder, not null
     * @param htmlName the HTML file's name, not null
     * @param html the page, not null
     * @param markdownName the Markdown file's name, not null
     * @param markdown the Markdown text, not null
     * @param charts the charts as {@code <svg>} elements by file name, not null
     * @return the files written, the HTML page first, then the Markdown file and the charts
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path folder, String htmlName, String html, String markdownName, String markdown,
            Map<String, String> charts) throws IOException {
        Map<String, OutputFiles.Content> files = new LinkedHashMap<>();
        files.put(htmlName, OutputFiles.text(html));
        files.put(markdownName, OutputFiles.text(markdown));
        charts.forEach((file, svg) -> files.put(file, OutputFiles.text(svgFile(svg))));
        return OutputFiles.writeInto(folder, files);
    }

    /**
     * Returns an SVG element as a standalone SVG file.
     *
     * @param svg the {@code <svg>} element, not null
     * @return the file's text
     */
    public static String svgFile(String svg) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
    }

    private static String title(String file, ReportModel model) {
        for (ReportModel.CityFacts city : model.cities()) {
            if (file.equals(ReportCharts.emissionsFileName(city))) {
                return city.name() + ": emissions, trend, target path and carbon-law path";
            }
            if (file.equals(ReportCharts.gapFileName(city))) {
                return city.name() + ": gap with and without the action plan";
            }
        }
        return "Scaled reductions per stage with the low-high band";
    }
}
