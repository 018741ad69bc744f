package org.climatecity.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @Test
    void writesThePageTheMarkdownAndEachChart(@TempDir Path dir) throws IOException {
        ReportModel model = ReportModelSamples.sample();
        Map<String, String> charts = ReportCharts.render(model);
        List<Path> files = ReportFiles.write(model, charts, dir.resolve("new/folder"));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("report.html", "report.md",
                "emissions-2081.svg", "gap-2081.svg", "scaling.svg");
        assertThat(Files.readString(files.get(1))).contains("![Borlänge: gap with and without the action plan]"
                + "(gap-2081.svg)");
        assertThat(Files.readString(files.get(4))).isEqualTo(ReportFiles.svgFile(charts.get("scaling.svg")));
    }

    @Test
    void makesAStandaloneSvgFile() {
        assertThat(ReportFiles.svgFile("<svg/>")).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg/>\n");
    }
}
