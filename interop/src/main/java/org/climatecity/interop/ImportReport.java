package org.climatecity.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an import could not take over as given: every value dropped, approximated, mapped by assumption or found
 * inconsistent, in the order found. Immutable and thread-safe.
 *
 * @param entries the entries, not null
 * @since 0.1.0
 */
public record ImportReport(List<ReportEntry> entries) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The empty report. */
    public static final ImportReport EMPTY = new ImportReport(List.of());

    /**
     * Creates a report.
     *
     * @param entries the entries, not null
     */
    public ImportReport {
        entries = List.copyOf(entries);
    }

    /**
     * Checks if the import took everything over as given.
     *
     * @return true when there are no entries
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Returns the number of entries.
     *
     * @return the number of entries
     */
    public int size() {
        return entries.size();
    }

    /**
     * Returns the codes of the entries, each once, in alphabetical order.
     *
     * @return the codes, not null
     */
    public SortedSet<String> codes() {
        SortedSet<String> codes = new TreeSet<>();
        entries.forEach(entry -> codes.add(entry.code()));
        return codes;
    }

    /**
     * Returns the entries with a code.
     *
     * @param code the code, not null
     * @return the entries in report order, not null
     */
    public List<ReportEntry> withCode(String code) {
        Objects.requireNonNull(code, "code");
        return entries.stream().filter(entry -> entry.code().equals(code)).toList();
    }

    /**
     * Returns a report of this report's entries followed by another's.
     *
     * @param other the other report, not null
     * @return the combined report
     */
    public ImportReport plus(ImportReport other) {
        Objects.requireNonNull(other, "other");
        List<ReportEntry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new ImportReport(all);
    }

    /**
     * Returns the entries for a console, grouped: an entry alone of its code in its file as
     * {@link ReportEntry#toString()}, and the entries of one code in one file as one line that counts them, names their
     * lines or pointers (the first ten) and gives the first one's message. Nothing is left out of the report itself ({@link #toJson()}).
     *
     * @return the lines, in the order their first entries were found, not null
     * @since 0.1.0
     */
    public List<String> grouped() {
        Map<List<String>, List<ReportEntry>> groups = new LinkedHashMap<>();
        for (ReportEntry entry : entries) {
            groups.computeIfAbsent(List.of(entry.file(), entry.code()), key -> new ArrayList<>()).add(entry);
        }
        List<String> lines = new ArrayList<>();
        for (List<ReportEntry> group : groups.values()) {
            ReportEntry first = group.get(0);
            if (group.size() == 1) {
                lines.add(first.toString());
                continue;
            }
            List<String> places = group.stream().map(e -> e.line() != null ? String.valueOf(e.line())
                    : e.pointer() != null ? e.pointer() : "file").distinct().toList();
            String shown = String.join(", ", places.subList(0, Math.min(10, places.size())))
                    + (places.size() > 10 ? " and " + (places.size() - 10) + " more" : "");
            lines.add(first.file() + ": " + first.code() + ": " + group.size() + " entries at " + shown
                    + "; the first: " + first.message());
        }
        return lines;
    }

    /**
     * Returns the number of entries of each code, the codes in alphabetical order.
     *
     * @return the counts by code, not null
     * @since 0.1.0
     */
    public Map<String, Integer> countsByCode() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        entries.forEach(entry -> counts.merge(entry.code(), 1, Integer::sum));
        return counts;
    }

    /**
     * Returns the tonnes CO2e of the input left out, by the code of the entries that left them out, the codes in
     * alphabetical order; codes that left no tonnes out are absent.
     *
     * @return the tonnes by code, not null
     * @since 0.1.0
     */
    public Map<String, BigDecimal> tonnesLeftOutByCode() {
        Map<String, BigDecimal> tonnes = new java.util.TreeMap<>();
        for (ReportEntry entry : entries) {
            if (entry.tonnesLeftOut() != null) {
                tonnes.merge(entry.code(), entry.tonnesLeftOut(), BigDecimal::add);
            }
        }
        return tonnes;
    }

    /**
     * Returns the entries as a JSON array of objects with {@code file}, {@code line} or {@code pointer} where known,
     * {@code code} and {@code message}.
     *
     * @return the JSON text, not null
     */
    public String toJson() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ReportEntry entry : entries) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("file", entry.file());
            if (entry.line() != null) {
                object.put("line", entry.line());
            }
            if (entry.pointer() != null) {
                object.put("pointer", entry.pointer());
            }
            object.put("code", entry.code());
            object.put("message", entry.message());
            list.add(object);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list) + "\n";
    }
}
