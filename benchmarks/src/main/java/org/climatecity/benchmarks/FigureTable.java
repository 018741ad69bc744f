package org.climatecity.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats benchmark rows as the table the runner prints: figure, library, baseline, ratio, target, status, and the
 * bytes allocated per operation where they were measured.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FigureTable {

    private static final List<String> HEADER = List.of("figure", "library", "baseline", "ratio", "target",
            "status", "allocated per op (library / baseline)");

    private final List<FigureRow> rows;

    /**
     * Creates a table of rows.
     *
     * @param rows the rows, in print order, not null
     */
    public FigureTable(List<FigureRow> rows) {
        this.rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /**
     * Returns the rows.
     *
     * @return the rows, in print order, not null
     */
    public List<FigureRow> rows() {
        return rows;
    }

    /**
     * Checks if any figure missed its target.
     *
     * @return true if a row has the status {@value FigureRow#MISSED}
     */
    public boolean anyMissed() {
        return rows.stream().anyMatch(r -> FigureRow.MISSED.equals(r.status()));
    }

    /**
     * Returns the rows whose library or baseline margin is wider than a share of its value.
     *
     * @param share the largest acceptable margin as a share of the value, such as 0.1 for ±10 %
     * @return the rows, in print order, not null
     */
    public List<FigureRow> noisy(double share) {
        return rows.stream().filter(r -> !r.withinMargin(share)).toList();
    }

    /**
     * Returns the table as aligned plain text, one line per row after a header and a rule.
     *
     * @return the text, ending with a line break, not null
     */
    public String toText() {
        List<List<String>> cells = cells();
        int[] widths = new int[HEADER.size()];
        for (List<String> line : cells) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            List<String> line = cells.get(r);
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = line.get(c);
                boolean number = c >= 1 && c <= 4 || c == 6;
                String padding = " ".repeat(widths[c] - cell.length());
                text.append(number ? padding + cell : cell + padding);
                if (c < widths.length - 1) {
                    text.append("  ");
                }
            }
            out.append(text.toString().stripTrailing()).append('\n');
            if (r == 0) {
                int total = 0;
                for (int width : widths) {
                    total += width;
                }
                out.append("-".repeat(total + 2 * (widths.length - 1))).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Returns the table as a Markdown table.
     *
     * @return the Markdown text, ending with a line break, not null
     */
    public String toMarkdown() {
        List<List<String>> cells = cells();
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            out.append("| ").append(String.join(" | ", cells.get(r))).append(" |\n");
            if (r == 0) {
                out.append("|---|---:|---:|---:|---:|---|---:|\n");
            }
        }
        return out.toString();
    }

    /** Formats a target with one decimal, or two where one would round it (0.05). */
    static String target(double target) {
        String one = String.format(Locale.ROOT, "%.1f", target);
        return Double.parseDouble(one) == target ? one : String.format(Locale.ROOT, "%.2f", target);
    }

    /** Formats a ratio with two decimals, and its margin where it was measured in pairs. */
    static String ratio(FigureRow row) {
        String ratio = String.format(Locale.ROOT, "%.2f", row.ratio());
        return row.paired().filter(p -> p.error() > 0)
                .map(p -> ratio + String.format(Locale.ROOT, " ± %.2f", p.error())).orElse(ratio);
    }

    private List<List<String>> cells() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        for (FigureRow row : rows) {
            String target = row.figure().target().isPresent()
                    ? "≤ " + target(row.figure().target().getAsDouble())
                    : "—";
            cells.add(List.of(row.figure().name(), row.library().format(), row.baseline().format(),
                    ratio(row), target, row.status(),
                    row.allocation().map(FigureRow.Allocation::format).orElse("—")));
        }
        return cells;
    }
}
