package org.climatecity.interop.citycatalyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.interop.citycatalyst.CityCatalystColumns.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.interop.ExportResult;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.ReportEntry;
import org.climatecity.interop.TonnesBalance;
import org.climatecity.interop.internal.CsvTable;
import org.climatecity.interop.internal.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import then export of CityCatalyst's real exports, read from the shared folder beside the project (not copied into
 * it): every row comes back, value for value, or the report names its line and what was not kept; tonnes are
 * conserved per file.
 */
class CityCatalystRealExportsTest {

    /** The ten real exports, from the project root's {@code ../shared}. */
    static final Path REAL = Path.of("../../shared/interop/citycatalyst/real");

    /** The columns a report code on a row allows to differ after export; a code not listed allows none. */
    private static final Map<String, List<String>> CHANGED_BY = Map.of(
            "renamed-subsector", List.of(SUBSECTOR),
            "factor-unit-without-factor", List.of(FACTOR_UNIT),
            "incomplete-activity", List.of(ACTIVITY_TYPE, ACTIVITY_VALUE, ACTIVITY_UNIT),
            "figure-and-notation-key", List.of(NOTATION_KEY),
            "assumed-unit", List.of(TOTAL_UNIT),
            "assumed-source-name", List.of(SOURCE_NAME));

    @TempDir
    Path dir;

    static List<Path> realFiles() throws IOException {
        assertThat(REAL).as("the shared real exports beside the project").isDirectory();
        try (Stream<Path> files = Files.list(REAL)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void keepsEveryRowAndEveryTonneOfTheTenRealExports() throws IOException {
        List<Path> files = realFiles();
        assertThat(files).hasSize(10);
        ImportResult imported = CityCatalystImporter.read(files);

        assertThat(DocumentRules.check(imported.document())).isEmpty();
        assertThat(imported.report().withCode("duplicate-row")).isEmpty();
        assertThat(imported.balances()).hasSize(10).allMatch(TonnesBalance::isConserved);
        assertThat(imported.tonnesRead()).isEqualByComparingTo(new BigDecimal("39342005.694"));
        assertThat(imported.tonnesInDocument()).isEqualByComparingTo(new BigDecimal("39342005.694"));
        // every row is an entry but the two notation-key rows without a reference number, reported at their lines
        assertThat(imported.document().inventories().stream().mapToLong(i -> i.entries().size()).sum())
                .isEqualTo(694);
        assertThat(imported.report().withCode("missing-reference-number")).extracting(ReportEntry::toString)
                .containsExactly("inventory-BR BVB-2022.csv:23: missing-reference-number: row has no GPC reference"
                        + " number (subsector 'Non-specified sources'); the row is not kept",
                        "inventory-BR GYN-2022.csv:21: missing-reference-number: row has no GPC reference number"
                        + " (subsector 'Energy industries'); the row is not kept");
        assertThat(imported.report().entries()).allMatch(entry -> entry.line() != null
                || Set.of("assumed-inventory-basis", "name-from-locode").contains(entry.code()));

        ExportResult exported = CityCatalystExporter.write(imported.document(), dir);
        assertThat(exported.skipped()).isEmpty();
        int compared = 0;
        for (Path file : files) {
            compared += compareRowForRow(file, dir.resolve(file.getFileName()), imported.report().entries());
        }
        assertThat(compared).isEqualTo(696);
    }

    @Test
    void keepsBothRowsOfTheExactDuplicateInARealExport() {
        Path file = REAL.resolve("inventory-BR JPR-2022.csv");
        ImportResult imported = CityCatalystImporter.read(List.of(file));
        CsvTable table = CsvTable.read(file, "x");
        Map<List<String>, Integer> seen = new HashMap<>();
        List<Integer> twice = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<String> values = List.copyOf(row.values().values());
            if (seen.putIfAbsent(values, row.line()) != null) {
                twice.add(row.line());
            }
        }
        assertThat(twice).hasSize(1);
        assertThat(imported.document().inventories().get(0).entries()).hasSize(table.rows().size());
    }

    /**
     * Compares an input file with its export row for row (the export keeps the rows in their order): each value equal
     * as a decimal or exactly, except the columns the report's entries on that row allow to differ; a row the report
     * says is not kept has no row in the export. Returns the number of input rows, compared or reported.
     */
    static int compareRowForRow(Path input, Path output, List<ReportEntry> report) {
        String name = input.getFileName().toString();
        Map<Integer, Set<String>> changed = new HashMap<>();
        Set<Integer> leftOut = new HashSet<>();
        for (ReportEntry entry : report) {
            if (entry.file().equals(name) && entry.line() != null && entry.message().contains("the row is not kept")) {
                leftOut.add(entry.line());
            } else if (entry.file().equals(name) && entry.line() != null) {
                Set<String> columns = changed.computeIfAbsent(entry.line(), line -> new HashSet<>());
                columns.addAll(CHANGED_BY.getOrDefault(entry.code(), List.of()));
            }
        }
        CsvTable in = CsvTable.read(input, name);
        CsvTable out = CsvTable.read(output, name);
        List<CsvTable.Row> kept = in.rows().stream().filter(row -> !leftOut.contains(row.line())).toList();
        assertThat(out.rows()).as("rows of %s", name).hasSameSizeAs(kept);
        for (int i = 0; i < kept.size(); i++) {
            CsvTable.Row before = kept.get(i);
            CsvTable.Row after = out.rows().get(i);
            Set<String> allowed = changed.getOrDefault(before.line(), Set.of());
            for (String column : in.header()) {
                if (allowed.contains(column)) {
                    continue;
                }
                String was = before.get(column);
                String is = after.get(column);
                boolean exact = column.equals(INVENTORY_REFERENCE) || column.equals(SOURCE_ID);
                assertThat(exact ? was.equals(is) : Numbers.equalAsDecimals(was, is))
                        .as("%s line %d, column %s: was '%s', exported '%s'", name, before.line(), column, was, is)
                        .isTrue();
            }
        }
        return in.rows().size();
    }
}
