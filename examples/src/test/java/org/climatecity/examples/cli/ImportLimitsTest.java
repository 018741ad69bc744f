package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.climatecity.examples.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importers' limits are applied while reading: inputs far beyond them end, in a JVM of 256 MB of heap, in a clear
 * error that names the file, the limit and where it was passed, never in an exhausted heap (exit 70), and nothing is
 * written. The inputs are generated as streams into a temporary folder.
 */
class ImportLimitsTest {

    private static final List<String> HEAP = List.of("-Xmx256m");

    @TempDir
    Path dir;

    @Test
    void endsACityCatalystFileWithAFiftyMegabyteQuotedFieldWithAClearError() throws Exception {
        Path file = dir.resolve("inventory-SE BOS-2023.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("GPC Reference Number,Total Emissions,Notation Key,Total Emission Units,Activity type\n");
            out.write("I.1.1,100,,t CO2e,Natural gas\n");
            out.write("I.1.2,200,,t CO2e,\"");
            char[] block = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 50 * 16; i++) {
                out.write(block);
            }
            out.write("\"\n");
        }

        CliProcess run = import_("citycatalyst", file);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).startsWith("cannot read inventory-SE BOS-2023.csv: line 3: a field is longer than"
                + " 1,000,000 characters, the limit");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void endsCityCatalystRowsBeyondTheLimitWithAClearError() throws Exception {
        Path file = dir.resolve("inventory-SE BOS-2023.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("GPC Reference Number,Total Emissions,Notation Key,Total Emission Units,Inventory Reference\n");
            for (int i = 0; i < 300_000; i++) {
                out.write("I.1.1,1,,t CO2e,ref-" + i + "\n");
            }
        }

        CliProcess run = import_("citycatalyst", file);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).startsWith("cannot read inventory-SE BOS-2023.csv: it has more than 100,000 rows, the"
                + " limit (line 100002)");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void endsOpenClimateEmissionRowsBeyondTheLimitWithAClearError() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("set"));
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("EmissionsAgg.csv"), StandardCharsets.UTF_8)) {
            out.write("emissions_id,actor_id,year,total_emissions,datasource_id\n");
            for (int i = 0; i < 250_000; i++) {
                out.write("e" + i + ",SE BOS," + (1990 + i % 30) + "," + i + ",test:2024\n");
            }
        }

        CliProcess run = import_("openclimate", folder);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).startsWith("cannot read set/EmissionsAgg.csv: it has more than 100,000 rows, the"
                + " limit (line 100002)");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void endsKlimatkollenDataOfAHundredThousandMunicipalitiesWithAClearError() throws Exception {
        Path file = dir.resolve("many.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < 100_000; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"kommun\": \"Ale\", \"län\": \"Västra Götalands län\","
                        + " \"emissions\": {\"1990\": 1, \"2000\": 2, \"2005\": 3, \"2010\": 4, \"2015\": 5,"
                        + " \"2020\": 6, \"2021\": 7, \"2022\": 8}, \"trend\": {\"2023\": 9, \"2024\": 10}}");
            }
            out.write("\n]\n");
        }

        CliProcess run = import_("klimatkollen", file);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).startsWith("cannot read many.json: its array has more than 1,000 elements, the limit"
                + " (element 1001 at line 1002, column 1)");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void endsAnEndlessInputAtTheByteLimit() throws Exception {
        CliProcess run = import_("klimatkollen", Path.of("/dev/zero"));

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).startsWith("cannot read zero: it is longer than 67,108,864 bytes, the limit");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    private CliProcess import_(String format, Path input) throws IOException, InterruptedException {
        return CliProcess.of(HEAP, "", dir, "import", "--from", format, input.toString(), "-o",
                dir.resolve("out.json").toString());
    }
}
