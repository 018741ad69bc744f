package org.climatecity.interop.openclimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.climatecity.interop.ExportResult;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.ReportEntry;
import org.climatecity.interop.internal.CsvTable;
import org.climatecity.interop.internal.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import then export gives back every row of every table, except the rows and columns the report names. */
class OpenClimateRoundTripTest {

    /** Codes of entries about a row whose values are all kept as given. */
    private static final Set<String> KEEP_VALUES = Set.of("inferred-actor", "repeated-target-id");

    @TempDir
    Path dir;

    @Test
    void climateMayorsComesBackRowForRow() throws IOException {
        assertThat(roundTrip(OpenClimateImporterTest.MAYORS)).isEqualTo(1 + 1 + 46);
    }

    @Test
    void cdpEmissionsComeBackRowForRow() throws IOException {
        assertThat(roundTrip(OpenClimateImporterTest.CDP)).isEqualTo(1 + 6 + 335);
    }

    @Test
    void defectiveDataSetComesBackExceptTheRowsTheReportNames() throws IOException {
        // line 6, a second total of one actor, year and source under its own id, comes back too
        assertThat(roundTrip(OpenClimateImporterTest.DEFECTS)).isEqualTo(14);
    }

    @Test
    void exportWritesOnlyTheTablesTheDocumentFills() {
        ImportResult imported = OpenClimateImporter.read(OpenClimateImporterTest.MAYORS);
        ExportResult exported = OpenClimateExporter.write(imported.document(), dir);
        assertThat(exported.files()).extracting(path -> path.getFileName().toString())
                .containsExactly("Publisher.csv", "DataSource.csv", "Actor.csv", "Target.csv");
        assertThat(exported.skipped()).isEmpty();
    }

    @Test
    void writesAnImportedCityCatalystInventoryAsItsTotalAndSkipsWhatOpenClimateCannotHold() throws IOException {
        ImportResult imported = org.climatecity.interop.citycatalyst.CityCatalystImporter.read(List.of(
                org.climatecity.interop.Documents.resource(
                        "org/climatecity/interop/citycatalyst/inventory-XX SMP-2022.csv")));
        ExportResult exported = OpenClimateExporter.write(imported.document(), dir);
        assertThat(exported.skipped()).containsExactly("actor 'xx-smp': a group of countries, which OpenClimate's"
                + " actor types do not include");
        assertThat(Files.readAllLines(dir.resolve("EmissionsAgg.csv"))).containsExactly(
                "emissions_id,actor_id,year,total_emissions,methodology_id,datasource_id",
                "\"xx-smp:2022:citycatalyst-citycatalyst-inventory-export-inventory-xx-smp-2022\",xx-smp,2022,"
                        + "134555.89,,\"citycatalyst-citycatalyst-inventory-export-inventory-xx-smp-2022\"");
    }

    /** Returns the number of input rows compared, failing on the first that does not come back. */
    private int roundTrip(Path folder) throws IOException {
        ImportResult imported = OpenClimateImporter.read(folder);
        OpenClimateExporter.write(imported.document(), dir);
        Set<String> reported = new HashSet<>();
        Set<String> droppedColumns = new HashSet<>();
        for (ReportEntry entry : imported.report().entries()) {
            String table = entry.file().substring(entry.file().indexOf('/') + 1);
            if (entry.line() != null && !KEEP_VALUES.contains(entry.code())) {
                reported.add(table + ":" + entry.line());
            } else if (entry.code().equals("dropped-column")) {
                String message = entry.message();
                droppedColumns.add(table + ":" + message.substring(message.indexOf('\'') + 1,
                        message.indexOf('\'', message.indexOf('\'') + 1)));
            }
        }
        int compared = 0;
        List<Path> tables;
        try (Stream<Path> files = Files.list(folder)) {
            tables = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path input : tables) {
            String table = input.getFileName().toString();
            CsvTable in = CsvTable.read(input, table);
            Path output = dir.resolve(table);
            List<CsvTable.Row> unmatched = Files.exists(output)
                    ? new ArrayList<>(CsvTable.read(output, table).rows()) : new ArrayList<>();
            for (CsvTable.Row row : in.rows()) {
                if (reported.contains(table + ":" + row.line())) {
                    continue;
                }
                CsvTable.Row match = unmatched.stream()
                        .filter(candidate -> in.header().stream()
                                .filter(column -> !droppedColumns.contains(table + ":" + column))
                                .allMatch(column -> Numbers.equalAsDecimals(row.get(column), candidate.get(column))))
                        .findFirst().orElse(null);
                assertThat(match).as("%s line %d comes back", table, row.line()).isNotNull();
                unmatched.remove(match);
                compared++;
            }
        }
        return compared;
    }
}
