package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.climatecity.examples.ExitCodes;
import org.climatecity.examples.MainJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job without arguments, which runs without building the command line, against the same job through the
 * command line ({@code --out} with the default folder): the same output, messages, files and exit codes.
 */
@EnabledOnOs(OS.LINUX)
class MainJobRunTest {

    /**
     * Messages without what differs from run to run: how long each step took, the folder run in, and the random
     * name of a temporary file.
     */
    private static String comparable(String text, Path base) {
        return text.replaceAll("done in [0-9]+ ms", "done in N ms").replace(base.toString(), "BASE")
                .replaceAll("\\.climate-city-report-[0-9a-f]+\\.tmp", ".climate-city-report-RANDOM.tmp");
    }

    @Test
    void withoutArgumentsPrintsAndWritesWhatTheCommandLineDoes(@TempDir Path dir) throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Path parsed = Files.createDirectories(dir.resolve("parsed"));

        CliProcess direct = CliProcess.of("", plain);
        CliProcess viaCommandLine = CliProcess.of("", parsed, "--out", MainJob.DEFAULT_OUT);

        assertThat(direct.exit()).isZero();
        assertThat(viaCommandLine.exit()).isZero();
        assertThat(direct.out()).contains("Report: " + plain.resolve(MainJob.DEFAULT_OUT).toRealPath())
                .isEqualTo(viaCommandLine.out().replace(parsed.toString(), plain.toString()));
        assertThat(comparable(direct.err(), plain)).contains("[5/5] Writing the report to " + MainJob.DEFAULT_OUT)
                .isEqualTo(comparable(viaCommandLine.err(), parsed));
        try (var files = Files.list(plain.resolve(MainJob.DEFAULT_OUT))) {
            for (Path file : files.toList()) {
                assertThat(parsed.resolve(MainJob.DEFAULT_OUT).resolve(file.getFileName()))
                        .as("%s", file.getFileName()).hasSameBinaryContentAs(file);
            }
        }
    }

    @Test
    void withoutArgumentsFailsAsTheCommandLineDoesWhenTheReportCannotBeWritten(@TempDir Path dir) throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Path parsed = Files.createDirectories(dir.resolve("parsed"));
        for (Path base : new Path[] {plain, parsed}) {
            // a file where the report's folder should be
            Files.createDirectories(base.resolve(MainJob.DEFAULT_OUT).getParent());
            Files.writeString(base.resolve(MainJob.DEFAULT_OUT), "not a folder");
        }

        CliProcess direct = CliProcess.of("", plain);
        CliProcess viaCommandLine = CliProcess.of("", parsed, "--out", MainJob.DEFAULT_OUT);

        assertThat(direct.exit()).isEqualTo(ExitCodes.USAGE).isEqualTo(viaCommandLine.exit());
        assertThat(direct.err()).contains("climate-city: cannot write the report to " + MainJob.DEFAULT_OUT);
        assertThat(comparable(direct.err(), plain)).isEqualTo(comparable(viaCommandLine.err(), parsed));
        assertThat(direct.out()).isEqualTo(viaCommandLine.out()).isEmpty();
    }
}
