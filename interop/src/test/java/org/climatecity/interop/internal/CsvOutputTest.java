package org.climatecity.interop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvOutputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://x\")   # '=HYPERLINK(\"http://x\")",
        "+A1                        # '+A1",
        "-2+3+cmd|' /C calc'!A0     # '-2+3+cmd|' /C calc'!A0",
        "@SUM(A1:A2)                # '@SUM(A1:A2)",
        "'=A1                       # ''=A1",
        "''-x                       # '''-x",
        "-                          # '-",
        "-5                         # -5",
        "+1.5e3                     # +1.5e3",
        "-.5                        # -.5",
        "'-5                        # ''-5",
        "'abc                       # 'abc",
        "Borlänge                   # Borlänge",
        "a=b                        # a=b"})
    void neutralisesWhatASpreadsheetWouldRunAndKeepsPlainNumbers(String cell, String written) {
        assertThat(CsvOutput.neutralise(cell)).isEqualTo(written);
        assertThat(CsvOutput.restore(written)).isEqualTo(cell);
    }

    @Test
    void neutralisesLeadingTabAndCarriageReturn() {
        assertThat(CsvOutput.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvOutput.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvOutput.restore("'\t=1")).isEqualTo("\t=1");
    }

    @Test
    void everyCellComesBackAsItWasThroughAFile() {
        Random random = new Random(24);
        String alphabet = "'=+-@\t\r0123456789.eE ax,\"\n";
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder cell = new StringBuilder();
            int length = random.nextInt(6);
            for (int j = 0; j < length; j++) {
                cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            rows.add(List.of(Integer.toString(i), cell.toString()));
        }
        String csv = CsvOutput.write(List.of("n", "cell"), rows, false);
        CsvTable table = CsvTable.parse(csv.getBytes(StandardCharsets.UTF_8), "cells.csv");
        assertThat(table.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(table.rows().get(i).raw("cell")).as("row %d", i).isEqualTo(rows.get(i).get(1));
        }
        for (List<String> row : rows) {
            String written = CsvOutput.neutralise(row.get(1));
            boolean number = written.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
            assertThat(!number && !written.isEmpty() && "=+-@\t\r".indexOf(written.charAt(0)) >= 0)
                    .as("'%s' starts with a formula character", written).isFalse();
        }
    }
}
