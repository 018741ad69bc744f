package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI reads and reports the second embedded example, two EU Mission cities, like the first. */
class EuropeanExampleCommandsTest {

    private static final String FILE = "src/main/resources/org/climatecity/examples/european-mission-cities.json";

    @TempDir
    Path dir;

    @Test
    void validatesAndReportsTheEuropeanExample() {
        CliRun validate = CliRun.of("validate", FILE);
        assertThat(validate.exit()).as(validate.err()).isZero();
        Path out = dir.resolve("report");
        CliRun report = CliRun.of("report", FILE, "--out", out.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(out.resolve("report.html")).isRegularFile();
        assertThat(report.out()).contains("EU Mission: 100 climate-neutral and smart cities by 2030")
                .contains("Helsinki").contains("München");
        // the partners of the two cities, organisations of Germany and Finland
        assertThat(report.out()).contains("Regierung von Oberbayern").contains("Stadtwerke München")
                .contains("Technische Universität München").contains("Helen");
        assertThat(report.hasNoStackTrace()).isTrue();
    }
}
