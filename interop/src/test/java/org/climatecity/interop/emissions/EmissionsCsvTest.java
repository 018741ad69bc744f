package org.climatecity.interop.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.MunicipalityCode;
import org.junit.jupiter.api.Test;

class EmissionsCsvTest {

    private static final String HEADER = "municipality_code,year,sector,tonnes_co2e\n";

    @Test
    void readsTypedRowsWithTheirLineNumbers() {
        EmissionsCsv.Result result = read(HEADER
                + "2081,2023,Transporter,100.5\n"
                + "2081,2023,se:industry,-2\n"
                + "2084,2024,Jordbruk,7\n");
        assertThat(result.isValid()).isTrue();
        assertThat(result.rows()).containsExactly(
                new EmissionsCsv.Row(2, MunicipalityCode.of("2081"), 2023, SwedishMainSector.DOMESTIC_TRANSPORT, 100.5),
                new EmissionsCsv.Row(3, MunicipalityCode.of("2081"), 2023, SwedishMainSector.INDUSTRY, -2),
                new EmissionsCsv.Row(4, MunicipalityCode.of("2084"), 2024, SwedishMainSector.AGRICULTURE, 7));
    }

    @Test
    void sumsSectorsPerMunicipalityAndYear() {
        EmissionsCsv.Result result = read(HEADER
                + "2084,2024,Jordbruk,7\n"
                + "2081,2023,Transporter,100.5\n"
                + "2081,2023,Jordbruk,0.5\n"
                + "2081,2024,Jordbruk,3\n");
        Map<MunicipalityCode, YearlySeries> totals = result.totalsByMunicipality();
        assertThat(totals.keySet()).containsExactly(MunicipalityCode.of("2081"), MunicipalityCode.of("2084"));
        assertThat(totals.get(MunicipalityCode.of("2081")).toMap()).containsExactly(
                Map.entry(2023, 101.0), Map.entry(2024, 3.0));
    }

    @Test
    void reportsEveryBadRowWithItsLineAndKeepsTheGoodOnes() {
        EmissionsCsv.Result result = read(HEADER
                + "2081,2023,Transporter,1\n"
                + "2081,2023,Transporter\n"
                + "208,2023,Transporter,1\n"
                + "2081,20x3,Transporter,1\n"
                + "2081,2023,Flyg,1\n"
                + "2081,2024,Transporter,lots\n"
                + "2081,2024,Transporter,NaN\n"
                + "2081,2023,Transporter,2\n");
        assertThat(result.problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                "line 3: row must have 4 columns, had 3",
                "line 4: municipality code must be 4 digits, was '208'",
                "line 5: year must be a whole number, was '20x3'",
                "line 6: sector must be a Swedish main sector label or a sector id, was 'Flyg'",
                "line 7: tonnes CO2e must be a number, was 'lots'",
                "line 8: tonnes CO2e must be a finite number, was 'NaN'",
                "line 9: municipality 2081, year 2023 and sector 'Transporter' repeat line 2");
        assertThat(result.rows()).extracting(EmissionsCsv.Row::line).containsExactly(2);
    }

    @Test
    void countsLinesOfQuotedFieldsAndSkipsBlankLines() {
        EmissionsCsv.Result result = read(HEADER
                + "\n"
                + "2081,2023,\"Trans\nporter\",1\n"
                + "\n"
                + "2081,2024,Transporter,x\n");
        assertThat(result.problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                "line 3: sector must be a Swedish main sector label or a sector id, was 'Trans\nporter'",
                "line 6: tonnes CO2e must be a number, was 'x'");
    }

    @Test
    void rejectsAnotherHeader() {
        EmissionsCsv.Result result = read("code,year,sector,tonnes\n2081,2023,Transporter,1\n");
        assertThat(result.problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                "line 1: header must be municipality_code,year,sector,tonnes_co2e, was code,year,sector,tonnes");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void rejectsAnEmptyInput() {
        assertThat(read("").problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                "line 1: header must be municipality_code,year,sector,tonnes_co2e, was an empty input");
    }

    @Test
    void rejectsAYearOutOfRange() {
        assertThat(read(HEADER + "2081,1800,Transporter,1\n").problems()).extracting(EmissionsCsv.Problem::toString)
                .containsExactly("line 2: year must be from 1900 to 2200, was 1800");
    }

    @Test
    void readsTheEmbeddedEmissionsOfAllMunicipalities() throws IOException {
        EmissionsCsv.Result result;
        try (Reader reader = new InputStreamReader(new GZIPInputStream(EmissionsCsvTest.class.getResourceAsStream(
                "/org/climatecity/interop/reference/se-municipal-ghg-by-sector.csv.gz")), StandardCharsets.UTF_8)) {
            result = EmissionsCsv.read(reader);
        }
        assertThat(result.isValid()).isTrue();
        assertThat(result.rows()).hasSize(290 * 10 * 9);
        assertThat(result.totalsByMunicipality().get(MunicipalityCode.of("2081")).require(2024))
                .isCloseTo(423795.83, within(1e-6));
    }

    private static EmissionsCsv.Result read(String text) {
        return EmissionsCsv.read(new StringReader(text));
    }
}
