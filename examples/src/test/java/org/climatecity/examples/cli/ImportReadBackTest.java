package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.climatecity.examples.ExitCodes;
import org.climatecity.serialization.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code import} command reads the document back with the reader's limits and rules before it writes it: an
 * import whose document the reader would reject (here one longer than the reader's 64 MiB, made of a CityCatalyst
 * export within the importer's limits) exits 1 and writes nothing, neither the document nor the report, and leaves a
 * document already there as it was.
 */
class ImportReadBackTest {

    @TempDir
    Path dir;

    @Test
    void neverWritesADocumentTheReaderWouldReject() throws IOException {
        Path file = dir.resolve("inventory-SE BOS-2023.csv");
        // a backslash is one byte in CSV and two in JSON: a file well within the importer's limits gives a document beyond
        // the reader's
        String type = "natural gas " + "\\".repeat(1000);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("GPC Reference Number,Total Emissions,Notation Key,Total Emission Units,Activity type,"
                    + "Activity Value,Activity Units,Inventory Reference\n");
            for (int i = 0; i < 35_000; i++) {
                out.write("I.1.1," + i + ",,t CO2e," + type + i + "," + i + ",MJ,ref-" + i + "\n");
            }
        }
        assertThat(Files.size(file)).isLessThan(org.climatecity.interop.internal.CsvTable.MAX_BYTES);
        Path doc = Files.writeString(dir.resolve("out.json"), "the document of an earlier import\n");
        Path report = dir.resolve("report.json");

        CliRun run = CliRun.of("import", "--from", "citycatalyst", file.toString(), "-o", doc.toString(), "--report",
                report.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).startsWith("cannot write " + doc + ": the imported document would not read back: ")
                .contains("exceeds the maximum allowed (" + ReadLimits.DEFAULT.maxDocumentLength())
                .endsWith("[limit-exceeded]\n");
        assertThat(run.out()).isEmpty();
        assertThat(doc).hasContent("the document of an earlier import");
        assertThat(report).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                    "inventory-SE BOS-2023.csv", "out.json");
        }
    }
}
