package org.climatecity.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportEntryTest {

    @Test
    void printsItsLocationAsCompilersDo() {
        assertThat(ReportEntry.atLine("a.csv", 3, "bad-number", "x").toString()).isEqualTo("a.csv:3: bad-number: x");
        assertThat(ReportEntry.atPointer("k.json", "/0/emissions", "estimate", "y").toString())
                .isEqualTo("k.json:/0/emissions: estimate: y");
        assertThat(ReportEntry.ofFile("a.csv", "dropped-column", "z").toString())
                .isEqualTo("a.csv: dropped-column: z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bad-Number | report entry code must be kebab-case such as 'bad-number', was 'Bad-Number'",
        "bad--number | report entry code must be kebab-case such as 'bad-number', was 'bad--number'",
        "-bad | report entry code must be kebab-case such as 'bad-number', was '-bad'"})
    void rejectsCodesThatAreNotKebabCase(String code, String message) {
        assertThatThrownBy(() -> ReportEntry.ofFile("a.csv", code, "m")).isInstanceOf(ClimateCityException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsMalformedLocations() {
        assertThatThrownBy(() -> ReportEntry.atLine("a.csv", 0, "c", "m")).hasMessage("report entry line must be at"
                + " least 1, was 0");
        assertThatThrownBy(() -> ReportEntry.atPointer("a.json", "0/x", "c", "m")).hasMessage("report entry pointer"
                + " must be empty or start with '/', was '0/x'");
        assertThatThrownBy(() -> new ReportEntry("a", 1, "/x", "c", "m")).hasMessage("report entry must give a line"
                + " or a pointer, not both");
        assertThatThrownBy(() -> ReportEntry.ofFile(" ", "c", "m")).hasMessage("report entry file must not be"
                + " blank");
        assertThatThrownBy(() -> ReportEntry.ofFile("a", "c", " ")).hasMessage("report entry message must not be"
                + " blank");
    }

    @Test
    void reportListsCodesAndWritesJson() {
        ImportReport report = new ImportReport(List.of(ReportEntry.atLine("a.csv", 3, "bad-number", "x"),
                ReportEntry.atPointer("k.json", "/0", "estimate", "y"))).plus(ImportReport.EMPTY);
        assertThat(report.size()).isEqualTo(2);
        assertThat(report.isEmpty()).isFalse();
        assertThat(report.codes()).containsExactly("bad-number", "estimate");
        assertThat(report.withCode("estimate")).hasSize(1);
        assertThat(report.toJson()).isEqualToIgnoringWhitespace("""
                [{"file":"a.csv","line":3,"code":"bad-number","message":"x"},
                 {"file":"k.json","pointer":"/0","code":"estimate","message":"y"}]""");
    }
}
