package org.climatecity.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.climatecity.core.internal.Texts;

/**
 * Writes a {@link ReportModel} as text: the concise console summary and {@code report.md}, both made of the same
 * {@link ReportTables tables} as the HTML page.
 *
 * @since 0.1.0
 */
public final class TextReport {

    private TextReport() {
    }

    /**
     * Returns the console summary: the report's tables as aligned plain text, and the notes on illustrative figures.
     *
     * @param model the report, not null
     * @return the text, lines separated by {@code \n}
     */
    public static String consoleSummary(ReportModel model) {
        return console(model.title(), tables(model), model.notes());
    }

    /**
     * Returns a console summary: a title, tables as aligned plain text with their notes, and notes.
     *
     * @param title the title, not null
     * @param tables the tables, not null
     * @param notes the notes, not null
     * @return the text, lines separated by {@code \n}
     */
    public static String console(String title, List<ReportTables.Table> tables, List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        for (ReportTables.Table table : tables) {
            out.append(table.title()).append('\n');
            if (!table.rows().isEmpty()) {
                appendAligned(out, table);
            }
            if (!table.note().isEmpty()) {
                out.append("  ").append(table.note()).append('\n');
            }
            out.append('\n');
        }
        for (String note : notes) {
            out.append("Note: ").append(note).append('\n');
        }
        return out.toString();
    }

    /**
     * Returns {@code report.md}: the tables in Markdown with the charts as images that name the SVG files beside it.
     *
     * @param model the report, not null
     * @param chartFiles the chart file names with their titles, in order, not null
     * @return the Markdown text
     */
    public static String markdown(ReportModel model, Map<String, String> chartFiles) {
        return markdown(model.title(), tables(model), chartFiles, model.notes());
    }

    /**
     * Returns a Markdown file: a title, tables with their notes, the charts as images that name the SVG files beside
     * it, and notes. Every text is escaped ({@link #markdownText(String)}).
     *
     * @param title the title, not null
     * @param tables the tables, not null
     * @param chartFiles the chart file names with their titles, in order, not null
     * @param notes the notes, not null
     * @return the Markdown text
     */
    public static String markdown(String title, List<ReportTables.Table> tables, Map<String, String> chartFiles,
            List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(markdownText(title)).append("\n\n");
        for (ReportTables.Table table : tables) {
            out.append("## ").append(markdownText(table.title())).append("\n\n");
            if (!table.rows().isEmpty()) {
                appendMarkdown(out, table);
                out.append('\n');
            }
            if (!table.note().isEmpty()) {
                out.append(markdownParagraph(table.note())).append("\n\n");
            }
        }
        if (!chartFiles.isEmpty()) {
            out.append("## Charts\n\n");
            chartFiles.forEach((file, chartTitle) -> out.append("![").append(markdownText(chartTitle)).append("](")
                    .append(file).append(")\n\n"));
        }
        if (!notes.isEmpty()) {
            out.append("## Notes\n\n");
            notes.forEach(note -> out.append("- ").append(markdownParagraph(note)).append('\n'));
        }
        return out.toString();
    }

    /**
     * Escapes text for Markdown (CommonMark and GitHub's tables) where it cannot start a block: in a table cell, a
     * heading or an image's text. A reader shows it as the same text and never as markup: a document's names cannot
     * become HTML, links, images, code or emphasis. It backslash-escapes {@code \ ` * _ [ ] | ~} (so {@code |}
     * stays inside its table cell), writes {@code &}, {@code <} and {@code >} as entities (no raw HTML, no
     * autolink), turns line breaks and tabs into spaces, and control characters and lone surrogates into U+FFFD
     * ({@link Texts#printable(String)}).
     *
     * @param text the text, not null
     * @return the Markdown text
     */
    public static String markdownText(String text) {
        String printable = Texts.printable(text);
        StringBuilder out = new StringBuilder(printable.length() + 16);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
                case '\n', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes text for Markdown where it starts a block, a paragraph or a list item's text: as
     * {@link #markdownText(String)}, and a leading {@code #}, {@code -}, {@code +}, {@code =} or list number is
     * escaped too, so that the text cannot become a heading or a list.
     *
     * @param text the text, not null
     * @return the Markdown text
     */
    public static String markdownParagraph(String text) {
        StringBuilder out = new StringBuilder(markdownText(text));
        int start = 0;
        while (start < out.length() && out.charAt(start) == ' ') {
            start++;
        }
        int digits = start;
        while (digits < out.length() && out.charAt(digits) >= '0' && out.charAt(digits) <= '9') {
            digits++;
        }
        if (start < out.length() && "#-+=".indexOf(out.charAt(start)) >= 0) {
            out.insert(start, '\\');
        } else if (digits > start && digits < out.length() && ".)".indexOf(out.charAt(digits)) >= 0) {
            // "2030." would start an ordered list
            out.insert(digits, '\\');
        }
        return out.toString();
    }

    /**
     * Returns one table as aligned plain text, as on the console.
     *
     * @param table the table, not null
     * @return the text, lines separated by {@code \n}
     */
    public static String aligned(ReportTables.Table table) {
        StringBuilder out = new StringBuilder();
        appendAligned(out, table);
        return out.toString();
    }

    /**
     * Returns one table in Markdown.
     *
     * @param table the table, not null
     * @return the Markdown text
     */
    public static String markdownTable(ReportTables.Table table) {
        StringBuilder out = new StringBuilder();
        appendMarkdown(out, table);
        return out.toString();
    }

    static List<ReportTables.Table> tables(ReportModel model) {
        List<ReportTables.Table> tables = new ArrayList<>();
        tables.add(ReportTables.programme(model));
        tables.add(ReportTables.partners(model));
        tables.add(ReportTables.cities(model));
        if (model.scalingFacts().isPresent()) {
            tables.add(ReportTables.scaling(model));
            tables.addAll(ReportTables.places(model));
        }
        return tables;
    }

    private static void appendAligned(StringBuilder out, ReportTables.Table table) {
        int[] widths = new int[table.headers().size()];
        List<List<String>> all = new ArrayList<>();
        all.add(table.headers());
        all.addAll(table.rows());
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length()));
                if (i < row.size() - 1) {
                    line.append(" | ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                StringBuilder rule = new StringBuilder("  ");
                for (int i = 0; i < widths.length; i++) {
                    rule.append("-".repeat(widths[i])).append(i < widths.length - 1 ? "-+-" : "");
                }
                out.append(rule).append('\n');
            }
        }
    }

    private static void appendMarkdown(StringBuilder out, ReportTables.Table table) {
        out.append('|');
        table.headers().forEach(h -> out.append(' ').append(markdownText(h)).append(" |"));
        out.append("\n|");
        table.headers().forEach(h -> out.append("---|"));
        out.append('\n');
        for (List<String> row : table.rows()) {
            out.append('|');
            row.forEach(cell -> out.append(' ').append(markdownText(cell)).append(" |"));
            out.append('\n');
        }
    }
}
