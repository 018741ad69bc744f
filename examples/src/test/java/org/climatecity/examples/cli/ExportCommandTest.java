package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.examples.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportsAnImportedCityCatalystInventoryBackRowForRow() throws IOException {
        Path doc = dir.resolve("doc.json");
        assertThat(CliRun.of("import", "--from", "citycatalyst", ImportCommandTest.cityCatalyst(dir).toString(), "-o",
                doc.toString()).exit()).isZero();
        Path out = dir.resolve("export");
        CliRun run = CliRun.of("export", "--to", "citycatalyst", doc.toString(), "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("wrote 1 file to " + out + System.lineSeparator());
        List<String> lines = Files.readAllLines(out.resolve("inventory-SE BOS-2023.csv"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("\"r1\",\"I.1.1\",\"Residential buildings\",\"\",\"1000\",\"t CO2e\"");
        assertThat(lines.get(2)).startsWith("\"r3\",\"I.2.1\",");
    }

    @Test
    void exportsTheCanonicalScenarioAsOpenClimateTables() throws IOException {
        Path doc = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        Path out = dir.resolve("oc");
        CliRun run = CliRun.of("export", "--to", "openclimate", doc.toString(), "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(out.resolve("EmissionsAgg.csv")).exists();
        assertThat(out.resolve("Actor.csv")).exists();
        assertThat(Files.readString(out.resolve("Actor.csv"))).contains("Borlänge");
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void refusesAnInvalidDocument() throws IOException {
        Path doc = CliRun.write(dir.resolve("invalid.json"), CanonicalScenario.invalidVariant());
        CliRun run = CliRun.of("export", "--to", "openclimate", doc.toString(), "--out", dir.resolve("x").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void exitsTwoOnAMissingDocumentOrAnUnwritableFolder() throws IOException {
        CliRun missing = CliRun.of("export", "--to", "openclimate", dir.resolve("none.json").toString(), "--out",
                dir.resolve("x").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        Path doc = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun unwritable = CliRun.of("export", "--to", "openclimate", doc.toString(), "--out", file.toString());
        assertThat(unwritable.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unwritable.err()).contains("is a file, not a folder");
    }

    @Test
    void aBadSecondLocodeLeavesTheEarlierExportAsItWas() throws IOException {
        Path first = Files.writeString(dir.resolve("inventory-XX AAA-2023.csv"), ImportCommandTest.CITYCATALYST);
        Path second = Files.writeString(dir.resolve("inventory-XX BBB-2023.csv"), ImportCommandTest.CITYCATALYST);
        Path doc = dir.resolve("doc.json");
        assertThat(CliRun.of("import", "--from", "citycatalyst", first.toString(), second.toString(), "-o",
                doc.toString()).exit()).isZero();
        // an identifier of another namespace may hold any text, such as a slash
        Files.writeString(doc, Files.readString(doc).replace("citycatalyst-locode:XX BBB",
                "citycatalyst-locode:XX/../BBB"));
        Path out = Files.createDirectory(dir.resolve("export"));
        Path earlier = Files.writeString(out.resolve("inventory-XX AAA-2023.csv"), "the earlier export\n");

        CliRun run = CliRun.of("export", "--to", "citycatalyst", doc.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("inventory-XX/../BBB-2023.csv: is not a plain file name");
        assertThat(earlier).hasContent("the earlier export\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(earlier);
        }
        assertThat(dir.resolve("BBB-2023.csv")).doesNotExist();
        assertThat(run.hasNoStackTrace()).isTrue();
    }
}
