package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.climatecity.examples.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that write several files write all of them or none under a file-size limit, and give every file the
 * permissions of any new file of the user (the findings of issue #24, each checked in a process of its own).
 */
class AllOrNoneTest {

    @TempDir
    Path dir;

    @Test
    @EnabledOnOs(OS.LINUX)
    void exportToOpenClimateUnderAFileSizeLimitReplacesNoTable() throws IOException, InterruptedException {
        Path file = CliProcess.embeddedDocument(dir.resolve("document.json"));
        Path out = Files.createDirectories(dir.resolve("oc"));
        List<String> tables = List.of("Publisher.csv", "DataSource.csv", "Actor.csv", "EmissionsAgg.csv");
        for (String table : tables) {
            Files.writeString(out.resolve(table), "the earlier " + table + "\n", StandardCharsets.UTF_8);
        }
        // one block of 512 bytes: the publishers fit, the actors and emissions do not
        CliProcess run = CliProcess.of("ulimit -f 1;", dir, "export", "--to", "openclimate", file.toString(), "--out",
                out.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("File too large");
        for (String table : tables) {
            assertThat(Files.readString(out.resolve(table))).isEqualTo("the earlier " + table + "\n");
        }
        assertThat(names(out)).containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void importWithAReportUnderAFileSizeLimitReplacesNeitherFile() throws IOException, InterruptedException {
        Path doc = Files.writeString(dir.resolve("boras.json"), "the earlier document\n");
        Path report = Files.writeString(dir.resolve("report.json"), "the earlier report\n");
        Path input = ImportCommandTest.cityCatalyst(dir);
        // one block of 512 bytes: smaller than the document
        CliProcess run = CliProcess.of("ulimit -f 1;", dir, "import", "--from", "citycatalyst", input.toString(),
                "-o", doc.toString(), "--report", report.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("File too large");
        assertThat(doc).hasContent("the earlier document");
        assertThat(report).hasContent("the earlier report");
        assertThat(names(dir)).containsExactlyInAnyOrder("boras.json", "report.json",
                input.getFileName().toString());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void exportedFilesGetThePermissionsOfAnyNewFile() throws IOException {
        Path usual = Files.writeString(dir.resolve("usual.txt"), "");
        Path doc = dir.resolve("doc.json");
        assertThat(CliRun.of("import", "--from", "citycatalyst", ImportCommandTest.cityCatalyst(dir).toString(), "-o",
                doc.toString()).exit()).isZero();
        Path out = dir.resolve("export");
        assertThat(CliRun.of("export", "--to", "citycatalyst", doc.toString(), "--out", out.toString()).exit())
                .isZero();
        assertThat(CliRun.of("export", "--to", "openclimate", doc.toString(), "--out", out.toString()).exit())
                .isZero();
        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(usual));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(doc))).isEqualTo(expected);
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo(expected);
            }
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
