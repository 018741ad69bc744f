package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's legends and notes come from each document's provenance, not from the Swedish example: the European
 * example's illustrative emissions are labelled illustrative, and the Swedish one's still name SMHI.
 */
class ReportProvenanceTest {

    private static final String EUROPEAN = "src/main/resources/org/climatecity/examples/european-mission-cities.json";

    @TempDir
    Path dir;

    @Test
    void labelsTheEuropeanExamplesIllustrativeEmissionsAsIllustrative() throws IOException {
        Path out = dir.resolve("eu");
        CliRun report = CliRun.of("report", EUROPEAN, "--out", out.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        String markdown = Files.readString(out.resolve("report.md"));
        String html = Files.readString(out.resolve("report.html"));
        String svg = svgs(out);
        for (String text : List.of(markdown, html, svg, report.out())) {
            assertThat(text).doesNotContain("SMHI").doesNotContain("national agencies");
        }
        assertThat(svg).contains("Emissions (illustrative)").doesNotContain("Observed (");
        assertThat(markdown).contains("The emissions of Helsinki, München are illustrative");
        assertThat(html).contains("The emissions of Helsinki, München are illustrative");
    }

    @Test
    void namesSmhiForTheSwedishExamplesOfficialStatistics() throws IOException {
        Path file = CliProcess.embeddedDocument(dir.resolve("document.json"));
        Path out = dir.resolve("se");
        CliRun report = CliRun.of("report", file.toString(), "--out", out.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        String markdown = Files.readString(out.resolve("report.md"));
        String html = Files.readString(out.resolve("report.html"));
        String svg = svgs(out);
        assertThat(svg).contains("Observed (SMHI)").doesNotContain("illustrative)");
        assertThat(markdown).contains("Observed emissions: SMHI").contains("participating national agencies")
                .doesNotContain("The emissions of");
        assertThat(html).contains("Observed emissions: SMHI").contains("participating national agencies");
    }

    private static String svgs(Path out) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(out)) {
            for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                all.append(Files.readString(svg));
            }
        }
        if (all.isEmpty()) {
            // the charts are inlined in the HTML page
            all.append(Files.readString(out.resolve("report.html")));
        }
        return all.toString();
    }
}
