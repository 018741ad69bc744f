package org.climatecity.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.climatecity.interop.citycatalyst.CityCatalystExporter;
import org.climatecity.interop.citycatalyst.CityCatalystImporter;
import org.climatecity.interop.internal.CsvTable;
import org.climatecity.interop.openclimate.OpenClimateExporter;
import org.climatecity.interop.openclimate.OpenClimateImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells that a spreadsheet would run as formulas are neutralised on export with a leading single quote, and read back
 * as they were: export, import and export again gives the same files.
 */
class FormulaCellsTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://example.org/x\",\"click\")";
    private static final String DDE = "-2+3+cmd|' /C calc'!A0";
    private static final String AT = "@SUM(A1:A9)";
    private static final String PLUS = "+A1";

    @TempDir
    Path dir;

    @Test
    void openClimateExportNeutralisesFormulasAndReadsThemBack() throws IOException {
        Path source = Files.createDirectories(dir.resolve("source"));
        Path mayors = Documents.resource("org/climatecity/interop/openclimate/climate_mayors");
        try (Stream<Path> files = Files.list(mayors)) {
            for (Path file : files.toList()) {
                Files.copy(file, source.resolve(file.getFileName().toString()));
            }
        }
        replace(source.resolve("Publisher.csv"), "Climate Mayors", quoted(HYPERLINK));
        replace(source.resolve("DataSource.csv"), "Climate Action Compendium", quoted(DDE));
        Path first = dir.resolve("first");
        OpenClimateExporter.write(OpenClimateImporter.read(source).document(), first);
        String publishers = Files.readString(first.resolve("Publisher.csv"), StandardCharsets.UTF_8);
        assertThat(publishers).contains("'" + HYPERLINK.replace("\"", "\"\""));
        assertThat(Files.readString(first.resolve("DataSource.csv"), StandardCharsets.UTF_8)).contains("'" + DDE);
        assertNoCellStartsAFormula(first);
        assertThat(column(first.resolve("Publisher.csv"), "name")).contains(HYPERLINK);
        assertThat(column(first.resolve("DataSource.csv"), "name")).contains(DDE);

        Path second = dir.resolve("second");
        OpenClimateExporter.write(OpenClimateImporter.read(first).document(), second);
        assertSameFiles(first, second);
    }

    @Test
    void cityCatalystExportNeutralisesFormulasAndReadsThemBack() throws IOException {
        Path source = Files.createDirectories(dir.resolve("source")).resolve("inventory-XX SMP-2022.csv");
        Files.copy(Documents.resource("org/climatecity/interop/citycatalyst/inventory-XX SMP-2022.csv"), source);
        replace(source, "Illustrative energy statistics", AT);
        replace(source, "\"Natural gas\"", "\"" + PLUS + "\"");
        Path first = dir.resolve("first");
        CityCatalystExporter.write(CityCatalystImporter.read(List.of(source)).document(), first);
        Path exported = first.resolve("inventory-XX SMP-2022.csv");
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).contains("\"'" + AT + "\"", "\"'" + PLUS + "\"")
                // numbers, negative ones too, stay numbers
                .doesNotContain("\"'1");
        assertNoCellStartsAFormula(first);
        assertThat(column(exported, "Data source name")).contains(AT);
        assertThat(column(exported, "Activity type")).contains(PLUS);

        Path second = dir.resolve("second");
        CityCatalystExporter.write(CityCatalystImporter.read(List.of(exported)).document(), second);
        assertSameFiles(first, second);
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("fragment to replace").contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static List<String> column(Path file, String column) {
        return CsvTable.read(file, file.getFileName().toString()).rows().stream().map(row -> row.raw(column))
                .toList();
    }

    private static void assertNoCellStartsAFormula(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                // a cell starts after a line start or a comma, maybe inside quotes
                assertThat(text).as(file.toString()).doesNotContainPattern("(^|,|\\n)\"?[=+@\\t\\r]")
                        .doesNotContainPattern("(^|,|\\n)\"?-[^0-9.]");
            }
        }
    }

    private static void assertSameFiles(Path first, Path second) throws IOException {
        try (Stream<Path> files = Files.list(first)) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(second.resolve(file.getFileName().toString()), StandardCharsets.UTF_8))
                        .as(file.getFileName().toString())
                        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }
}
