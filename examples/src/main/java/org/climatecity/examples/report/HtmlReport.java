package org.climatecity.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.climatecity.core.internal.Texts;

/**
 * Writes a {@link ReportModel} as one self-contained HTML page: the same tables as the console and Markdown outputs,
 * with the charts inlined as SVG. The page loads nothing: no scripts, fonts, images or style sheets from elsewhere.
 *
 * @since 0.1.0
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222;line-height:1.4}
            h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:1em 0;font-size:.9em}
            th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            figure{margin:1em 0}svg{max-width:100%;height:auto}
            .note{background:#fff8e0;border-left:4px solid #e0b000;padding:.5em 1em}
            """;

    private HtmlReport() {
    }

    /**
     * Returns the HTML page.
     *
     * @param model the report, not null
     * @param charts the charts as {@code <svg>} elements by file name, in order, as made by
     *     {@link ReportCharts#render(ReportModel)}, not null
     * @return the page, a complete HTML5 document
     */
    public static String html(ReportModel model, Map<String, String> charts) {
        List<Section> sections = new ArrayList<>();
        for (ReportTables.Table table : TextReport.tables(model)) {
            List<Figure> figures = new ArrayList<>();
            if (table.title().startsWith("Trend against target")) {
                for (ReportModel.CityFacts city : model.cities()) {
                    figures.add(new Figure(charts.get(ReportCharts.emissionsFileName(city)),
                            city.name() + ": observed emissions, anchored trend, target path and carbon-law path"));
                    figures.add(new Figure(charts.get(ReportCharts.gapFileName(city)),
                            city.name() + ": gap to the target path with and without the action plan"));
                }
            }
            if (table.title().startsWith("Scaled reductions")) {
                figures.add(new Figure(charts.get(ReportCharts.SCALING_FILE_NAME),
                        "Scaled reductions per stage; the band spans the low and high estimates"));
            }
            sections.add(new Section(table, figures));
        }
        return page(model.title(), model.notes(), sections);
    }

    /**
     * A chart under a table.
     *
     * @param svg the chart as an {@code <svg>} element, or null to leave it out
     * @param caption its caption, not null
     * @since 0.1.0
     */
    public record Figure(String svg, String caption) {

        /**
         * Creates a figure.
         *
         * @param svg the chart, or null
         * @param caption the caption, not null
         */
        public Figure {
            Objects.requireNonNull(caption, "caption");
        }
    }

    /**
     * A table with the charts that follow it.
     *
     * @param table the table, not null
     * @param figures the charts, not null
     * @since 0.1.0
     */
    public record Section(ReportTables.Table table, List<Figure> figures) {

        /**
         * Creates a section.
         *
         * @param table the table, not null
         * @param figures the charts, not null
         */
        public Section {
            Objects.requireNonNull(table, "table");
            figures = List.copyOf(figures);
        }
    }

    /**
     * Returns a self-contained HTML page: a title, notes, and tables each followed by its charts inline. The page loads
     * nothing from elsewhere; every text is escaped.
     *
     * @param title the page's title, not null
     * @param notes notes shown under the title, not null
     * @param sections the tables with their charts, in order, not null
     * @return the page, a complete HTML5 document
     */
    public static String page(String title, List<String> notes, List<Section> sections) {
        int chartSize = sections.stream().flatMap(s -> s.figures().stream()).filter(f -> f.svg() != null)
                .mapToInt(f -> f.svg().length()).sum();
        StringBuilder out = new StringBuilder(64 * 1024 + chartSize);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n");
        for (String note : notes) {
            out.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        for (Section section : sections) {
            out.append("<h2>").append(escape(section.table().title())).append("</h2>\n");
            appendTable(out, section.table());
            for (Figure figure : section.figures()) {
                appendFigure(out, figure.svg(), figure.caption());
            }
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void appendTable(StringBuilder out, ReportTables.Table table) {
        if (table.rows().isEmpty()) {
            if (!table.note().isEmpty()) {
                out.append("<p>").append(escape(table.note())).append("</p>\n");
            }
            return;
        }
        out.append("<table>\n<thead><tr>");
        table.headers().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (!table.note().isEmpty()) {
            out.append("<p>").append(escape(table.note())).append("</p>\n");
        }
    }

    private static void appendFigure(StringBuilder out, String svg, String caption) {
        if (svg == null) {
            return;
        }
        out.append("<figure>\n").append(svg).append("\n<figcaption>").append(escape(caption))
                .append("</figcaption>\n</figure>\n");
    }

    /**
     * Escapes text for HTML content and attribute values; control characters and lone surrogates become U+FFFD
     * ({@link Texts#printable(String)}).
     *
     * @param text the text, not null
     * @return the escaped text
     */
    static String escape(String text) {
        String printable = Texts.printable(text);
        StringBuilder out = new StringBuilder(printable.length());
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
