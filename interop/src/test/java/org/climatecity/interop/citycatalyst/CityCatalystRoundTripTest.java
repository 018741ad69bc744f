package org.climatecity.interop.citycatalyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.interop.ExportResult;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.ReportEntry;
import org.climatecity.interop.internal.CsvTable;
import org.climatecity.interop.internal.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import then export gives back every row with equal values, except rows and columns the report names. */
class CityCatalystRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void sampleComesBackRowForRow() throws IOException {
        ImportResult imported = CityCatalystImporter.read(List.of(CityCatalystImporterTest.SAMPLE));
        CityCatalystExporter.write(imported.document(), dir);
        assertThat(CityCatalystRealExportsTest.compareRowForRow(CityCatalystImporterTest.SAMPLE,
                dir.resolve("inventory-XX SMP-2022.csv"), imported.report().entries())).isEqualTo(14);
    }

    @Test
    void defectiveFileComesBackExceptTheRowsTheReportNames() throws IOException {
        int compared = roundTrip(CityCatalystImporterTest.DEFECTS, "inventory-SE BOS-2023.csv");
        assertThat(compared).isEqualTo(1);
    }

    @Test
    void exportWritesQuotedFieldsInCityCatalystsColumnOrder() throws IOException {
        ImportResult imported = CityCatalystImporter.read(List.of(CityCatalystImporterTest.SAMPLE));
        CityCatalystExporter.write(imported.document(), dir);
        List<String> lines = Files.readAllLines(dir.resolve("inventory-XX SMP-2022.csv"));
        assertThat(lines.get(0)).isEqualTo(Files.readAllLines(CityCatalystImporterTest.SAMPLE).get(0));
        assertThat(lines.get(1)).isEqualTo("\"ref-i-1-1\",\"I.1.1\",\"Residential buildings\",\"\",\"1523.89\",\"t CO2e\","
                + "\"Natural gas\",\"27200000\",\"MJ\",\"55900\",\"5\",\"0.1\",\"kg/TJ\",\"1520400\",\"2310\",\"1180\","
                + "\"src-energy-stats\",\"Illustrative energy statistics\"");
    }

    @Test
    void skipsInventoriesItCannotWrite() {
        ImportResult imported = CityCatalystImporter.read(List.of(CityCatalystImporterTest.SAMPLE));
        ProgrammeDocument twice = new ProgrammeDocument(imported.document().actors(), List.of(), List.of(),
                List.of(imported.document().inventories().get(0), imported.document().inventories().get(0)));
        ExportResult result = CityCatalystExporter.write(twice, dir);
        assertThat(result.files()).hasSize(1);
        assertThat(result.skipped()).singleElement().asString().contains("is written from an earlier inventory");
    }

    /** Returns the number of input rows compared, failing on the first that differs. */
    private int roundTrip(Path input, String name) throws IOException {
        ImportResult imported = CityCatalystImporter.read(List.of(input));
        ExportResult exported = CityCatalystExporter.write(imported.document(), dir);
        assertThat(exported.files()).containsExactly(dir.resolve(name));
        assertThat(exported.skipped()).isEmpty();
        Set<Integer> reportedLines = new HashSet<>();
        Set<String> droppedColumns = new HashSet<>();
        for (ReportEntry entry : imported.report().entries()) {
            if (entry.line() != null) {
                reportedLines.add(entry.line());
            } else if (entry.code().equals("dropped-column")) {
                droppedColumns.add(entry.message().substring(entry.message().indexOf('\'') + 1,
                        entry.message().indexOf('\'', entry.message().indexOf('\'') + 1)));
            }
        }
        CsvTable in = CsvTable.read(input, name);
        CsvTable out = CsvTable.read(dir.resolve(name), name);
        List<CsvTable.Row> unmatched = new ArrayList<>(out.rows());
        int compared = 0;
        for (CsvTable.Row row : in.rows()) {
            if (reportedLines.contains(row.line())) {
                continue;
            }
            CsvTable.Row match = unmatched.stream().filter(candidate -> equal(row, candidate, in.header(),
                    droppedColumns)).findFirst().orElse(null);
            assertThat(match).as("line %d of %s comes back, in %s", row.line(), name, out.rows()).isNotNull();
            unmatched.remove(match);
            compared++;
        }
        return compared;
    }

    private static boolean equal(CsvTable.Row a, CsvTable.Row b, List<String> columns, Set<String> ignored) {
        for (String column : columns) {
            if (ignored.contains(column)) {
                continue;
            }
            String left = a.get(column);
            String right = b.get(column);
            boolean unitOfEmptyTotal = column.equals(CityCatalystColumns.TOTAL_UNIT) && left.isEmpty();
            if (!unitOfEmptyTotal && !Numbers.equalAsDecimals(left, right)) {
                return false;
            }
        }
        return Objects.nonNull(a);
    }
}
