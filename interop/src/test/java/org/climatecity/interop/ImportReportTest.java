package org.climatecity.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void groupsTheEntriesOfOneCodeInOneFileAndKeepsThemAllInTheJson() {
        List<ReportEntry> entries = new ArrayList<>();
        for (int line = 2; line < 15; line++) {
            entries.add(ReportEntry.atLine("a.csv", line, "renamed-subsector", "subsector of line " + line));
        }
        entries.add(ReportEntry.atLine("a.csv", 3, "bad-number", "one bad number"));
        entries.add(ReportEntry.atLine("b.csv", 4, "renamed-subsector", "subsector of b"));
        ImportReport report = new ImportReport(entries);

        assertThat(report.grouped()).containsExactly(
                "a.csv: renamed-subsector: 13 entries at 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 3 more; the first:"
                        + " subsector of line 2",
                "a.csv:3: bad-number: one bad number",
                "b.csv:4: renamed-subsector: subsector of b");
        assertThat(report.countsByCode()).containsExactly(java.util.Map.entry("bad-number", 1),
                java.util.Map.entry("renamed-subsector", 14));
        assertThat(report.toJson()).contains("subsector of line 14");
    }
}
