package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrendCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsTheExactHeaderAndKlimatkollensFiguresForBorlange() throws Exception {
        int exit = run("trend", "--emissions", sample());
        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).isEqualTo(
                "municipality_code,last_year,last_value,slope_per_year,cagr_percent,net_zero_date,carbon_law_budget");
        // LAD from 2015: slope -9,829.2 t/year; CAGR 2015-2024 -1.073 %; zero on 2067-02-12; carbon law from the
        // anchored 2026 value 404,137.44 t: 404,137.44 * (1 - 0.8828^25) / 0.1172 = 3,295,458.90 t over 2026-2050
        assertThat(lines[1]).isEqualTo("2081,2024,423795.83,-9829.20,-1.073,2067-02-12,3295458.90");
        assertThat(lines[2]).startsWith("2084,2024,225356.03,");
        assertThat(lines).hasSize(3);
    }

    @Test
    void fitsLeastSquaresOnRequest() throws Exception {
        int exit = run("trend", "--emissions", sample(), "--method", "OLS", "--since", "2015");
        assertThat(exit).isZero();
        // closed form over 2015 and 2020-2024: sum((x - mean x)(y - mean y)) / sum((x - mean x)^2)
        assertThat(out.toString().split("\\R")[1]).startsWith("2081,2024,423795.83,-5811.86,-1.073,");
    }

    @Test
    void carbonLawBudgetFollowsTheYearsAndRate() throws Exception {
        int exit = run("trend", "--emissions", sample(), "--from-year", "2025", "--to-year", "2025",
                "--carbon-law-rate", "0.5");
        assertThat(exit).isZero();
        // a one-year budget is the anchored trend's value in that year: 423,795.83 - 9,829.1967
        assertThat(out.toString().split("\\R")[1]).endsWith(",413966.63");
    }

    @Test
    void reportsABadRowWithItsLineNumberAndExitsWithOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "municipality_code,year,sector,tonnes_co2e\n"
                + "2081,2023,Transporter,1\n"
                + "2081,2024,Transporter,one\n", StandardCharsets.UTF_8);
        int exit = run("trend", "--emissions", file.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo(file + ": line 3: tonnes CO2e must be a number, was 'one'"
                + System.lineSeparator());
    }

    @Test
    void reportsAMunicipalityWithTooFewYearsAndExitsWithOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "municipality_code,year,sector,tonnes_co2e\n"
                + "2081,2010,Transporter,5\n"
                + "2081,2024,Transporter,1\n", StandardCharsets.UTF_8);
        int exit = run("trend", "--emissions", file.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains(
                "municipality 2081: trend needs values for at least 2 years from 2015, had 1 (2024)");
    }

    @Test
    void reportsAMissingFileAsAUsageError(@TempDir Path dir) {
        int exit = run("trend", "--emissions", dir.resolve("none.csv").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("trend: cannot read ");
    }

    @Test
    void missingEmissionsOptionIsAUsageError() {
        assertThat(run("trend")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--emissions=FILE'");
    }

    @Test
    void unknownMethodIsAUsageError() throws Exception {
        assertThat(run("trend", "--emissions", sample(), "--method", "median")).isEqualTo(2);
        assertThat(err.toString()).contains("must be lad or ols, was 'median'");
    }

    @Test
    void toYearBeforeFromYearIsAUsageError() throws Exception {
        assertThat(run("trend", "--emissions", sample(), "--from-year", "2030", "--to-year", "2029")).isEqualTo(2);
        assertThat(err.toString()).contains("--to-year must not be before --from-year 2030, was 2029");
    }

    @Test
    void rateAboveOneIsAUsageError() throws Exception {
        assertThat(run("trend", "--emissions", sample(), "--carbon-law-rate", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("--carbon-law-rate must be from 0 to 1, was 1.5");
    }

    @Test
    void trendHelpListsItsOptions() {
        assertThat(run("trend", "--help")).isZero();
        assertThat(out.toString()).contains("--emissions=FILE", "--since=YEAR", "--method=lad|ols",
                "--from-year=YEAR", "--to-year=YEAR", "--carbon-law-rate=RATE");
    }

    private int run(String... args) {
        CommandLine commandLine = ClimateCityCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String sample() throws URISyntaxException {
        return Path.of(TrendCommandTest.class.getResource("borlange-avesta-ghg-by-sector.csv").toURI()).toString();
    }
}
