package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.examples.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    static final String CITYCATALYST = """
            "Inventory Reference","GPC Reference Number","Subsector name","Notation Key","Total Emissions",\
            "Total Emission Units","CO2 Emissions","CH4 Emissions","N2O Emissions","Data source ID","Data source name"
            "r1","I.1.1","Residential buildings","","1000","t CO2e","990000","5000","5000","s1","Energy statistics"
            "r2","","Residential buildings","","5","t CO2e","","","","s1","Energy statistics"
            "r3","I.2.1","Commercial and institutional buildings and facilities","NO","","t CO2e","","","","",""
            """;

    @TempDir
    Path dir;

    static Path cityCatalyst(Path dir) throws IOException {
        return Files.writeString(dir.resolve("inventory-SE BOS-2023.csv"), CITYCATALYST, StandardCharsets.UTF_8);
    }

    @Test
    void importsACityCatalystFileWritesTheDocumentAndTheReport() throws IOException {
        Path doc = dir.resolve("out/boras.json");
        Path report = dir.resolve("out/report.json");
        CliRun run = CliRun.of("import", "--from", "citycatalyst", cityCatalyst(dir).toString(), "-o", doc.toString(),
                "--report", report.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("imported 1 input from citycatalyst into " + doc + ": 1 actors, 1 inventories,"
                + " 0 targets, 0 indicators; 1,005 t CO2e read, 1,000 t in the document; 3 report entries in " + report
                + System.lineSeparator());
        assertThat(run.err()).isEqualTo("report by code: assumed-inventory-basis 1, missing-reference-number 1"
                + " (5 t CO2e), name-from-locode 1; 5 t CO2e of the input left out (in the entries that say 'not kept')"
                + System.lineSeparator());
        assertThat(DocumentFiles.read(doc, true).valid()).isTrue();
        assertThat(Files.readString(report)).contains("\"file\" : \"inventory-SE BOS-2023.csv\"", "\"line\" : 3",
                "\"code\" : \"missing-reference-number\"");
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void printsTheReportEntriesWithoutReportFile() throws IOException {
        Path doc = dir.resolve("boras.yaml");
        CliRun run = CliRun.of("import", "--from", "citycatalyst", cityCatalyst(dir).toString(), "-o", doc.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("inventory-SE BOS-2023.csv:3: missing-reference-number: row has no GPC"
                + " reference number");
        assertThat(Files.readString(doc)).startsWith("schemaVersion: \"1.0\"").contains("id: \"se-bos\"");
    }

    @Test
    void importsAFileOfAnotherNameWithCityAndYear() throws IOException {
        Path file = Files.copy(cityCatalyst(dir), dir.resolve("export.csv"));
        Path doc = dir.resolve("doc.json");
        CliRun run = CliRun.of("import", "--from", "citycatalyst", file.toString(), "--city", "SE GOT", "--year",
                "2021", "-o", doc.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(doc)).contains("\"owner\": \"se-got\"").contains("\"year\": 2021");
    }

    @Test
    void importsKlimatkollenAndOpenClimateData() throws IOException {
        Path json = Files.writeString(dir.resolve("kk.json"), """
                [{"kommun": "Borlänge", "län": "Dalarnas län", "emissions": {"1990": 499382.354, "2022": 420000},
                  "bicycleMetrePerCapita": 3.5, "hitNetZero": "2067-02-12"}]
                """, StandardCharsets.UTF_8);
        Path doc = dir.resolve("kk-doc.json");
        CliRun kk = CliRun.of("import", "--from", "klimatkollen", json.toString(), "-o", doc.toString());
        assertThat(kk.exit()).isZero();
        assertThat(kk.out()).contains(": 1 actors, 2 inventories, 0 targets, 2 indicators; 919,382 t CO2e read,"
                + " 919,382 t in the document; 2 report entries");
        Path folder = Files.createDirectory(dir.resolve("oc"));
        Files.writeString(folder.resolve("EmissionsAgg.csv"), "emissions_id,actor_id,year,total_emissions,"
                + "datasource_id\ne1,SE BOS,2021,250000,d1\n");
        Files.writeString(folder.resolve("DataSource.csv"), "datasource_id,name,publisher\nd1,Source,P\n");
        Files.writeString(folder.resolve("Publisher.csv"), "id,name\nP,Publisher\n");
        Path ocDoc = dir.resolve("oc-doc.json");
        CliRun oc = CliRun.of("import", "--from", "openclimate", folder.toString(), "-o", ocDoc.toString());
        assertThat(oc.exit()).isZero();
        assertThat(oc.out()).contains(": 1 actors, 1 inventories, 0 targets, 0 indicators; 250,000 t CO2e read,"
                + " 250,000 t in the document; 2 report entries");
        assertThat(DocumentFiles.read(ocDoc, true).valid()).isTrue();
    }

    @Test
    void exitsOneAndWritesNothingWhenTheInputCannotBeImported() throws IOException {
        Path doc = dir.resolve("doc.json");
        Path missing = dir.resolve("inventory-SE BOS-2020.csv");
        CliRun run = CliRun.of("import", "--from", "citycatalyst", missing.toString(), "-o", doc.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).isEqualTo("cannot read inventory-SE BOS-2020.csv: it does not exist"
                + System.lineSeparator());
        Path wrong = Files.writeString(dir.resolve("inventory-SE BOS-2021.csv"), "a,b\n1,2\n");
        CliRun header = CliRun.of("import", "--from", "citycatalyst", wrong.toString(), "-o", doc.toString());
        assertThat(header.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(header.err()).startsWith("cannot read inventory-SE BOS-2021.csv: header lacks columns");
        CliRun folder = CliRun.of("import", "--from", "klimatkollen", dir.toString(), "-o", doc.toString());
        assertThat(folder.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(folder.err()).contains("it is a folder, not a file");
        assertThat(doc).doesNotExist();
        assertThat(run.hasNoStackTrace() && header.hasNoStackTrace() && folder.hasNoStackTrace()).isTrue();
    }

    @Test
    void exitsTwoOnUsageErrors() throws IOException {
        CliRun noOutput = CliRun.of("import", "--from", "citycatalyst", cityCatalyst(dir).toString());
        assertThat(noOutput.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noOutput.err()).contains("Missing required option: '--output=DOC'");
        CliRun badFormat = CliRun.of("import", "--from", "excel", "x", "-o", "y.json");
        assertThat(badFormat.exit()).isEqualTo(ExitCodes.USAGE);
        CliRun cityAlone = CliRun.of("import", "--from", "openclimate", "x", "--city", "SE BOS", "-o", "y.json");
        assertThat(cityAlone.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cityAlone.err()).contains("--city and --year go together, with --from citycatalyst and one input");
    }

    @Test
    void echoesABadCityCutBetweenCharactersNotInsideASurrogatePair() throws IOException {
        String city = "S".repeat(39) + "\ud83c\udf32" + " BOS";
        Path doc = dir.resolve("doc.json");
        CliRun run = CliRun.of("import", "--from", "citycatalyst", cityCatalyst(dir).toString(), "--city", city,
                "--year", "2023", "-o", doc.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).contains("was '" + "S".repeat(39) + "…'");
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(run.err())).as(run.err()).isTrue();
        assertThat(doc).doesNotExist();
    }

    @Test
    void writesTheDocumentAndTheReportBothOrNeither() throws IOException {
        Path doc = Files.writeString(dir.resolve("boras.json"), "the earlier document\n");
        Path report = Files.createDirectories(dir.resolve("report.json"));
        CliRun run = CliRun.of("import", "--from", "citycatalyst", cityCatalyst(dir).toString(), "-o", doc.toString(),
                "--report", report.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot write " + doc + " and " + report + ": ").contains("is a folder");
        assertThat(doc).hasContent("the earlier document\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("boras.json",
                    "report.json", "inventory-SE BOS-2023.csv");
        }
        assertThat(report).isEmptyDirectory();
        assertThat(run.hasNoStackTrace()).isTrue();
    }
}
