package org.climatecity.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * Writes the report, creating the folder if needed and replacing earlier files.
     *
     * @param model the report, not null
     * @param charts the charts by file name, as made by {@link ReportCharts#render(ReportModel)}, not null
     * @param folder the folder, not null
     * @return the files written, the HTML page first
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(ReportModel model, Map<String, String> charts, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(Files.writeString(folder.resolve(HTML), HtmlReport.html(model, charts), StandardCharsets.UTF_8));
        Map<String, String> titles = new LinkedHashMap<>();
        for (Map.Entry<String, String> chart : charts.entrySet()) {
            written.add(Files.writeString(folder.resolve(chart.getKey()), svgFile(chart.getValue()),
                    StandardCharsets.UTF_8));
            titles.put(chart.getKey(), title(chart.getKey(), model));
        }
        written.add(1, Files.writeString(folder.resolve(MARKDOWN), TextReport.markdown(model, titles),
                StandardCharsets.UTF_8));
        return written;
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
