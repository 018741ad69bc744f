package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.climatecity.examples.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
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
    void reportsAMissingFileAsAUsageErrorSayingItDoesNotExist(@TempDir Path dir) {
        Path file = dir.resolve("none.csv");
        int exit = run("trend", "--emissions", file.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("climate-city trend: cannot read " + file + ": it does not exist"
                + System.lineSeparator());
    }

    @Test
    void reportsAFolderAsAUsageError(@TempDir Path dir) {
        int exit = run("trend", "--emissions", dir.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("climate-city trend: cannot read " + dir + ": it is a directory, not a"
                + " file" + System.lineSeparator());
    }

    @Test
    void saysABinaryFileIsNotUtf8Text(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a});
        int exit = run("trend", "--emissions", file.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo(file + ": line 1: input is not UTF-8 text: byte 0x89 at offset 0 cannot"
                + " be decoded; an emissions file must be CSV in UTF-8" + System.lineSeparator());
    }

    @Test
    void acceptsAFileThatStartsWithAByteOrderMark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.csv");
        Files.writeString(file, "\uFEFF" + Files.readString(Path.of(sample()), StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        assertThat(run("trend", "--emissions", sample())).isZero();
        String expected = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("trend", "--emissions", file.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualTo(expected);
    }

    @Test
    void stopsAtAHugeLineWithAClearErrorInsteadOfRunningOutOfMemory(@TempDir Path dir) throws IOException {
        // 64 MiB without a line break: the reader stops at the first 1,000 characters of the field
        Path file = dir.resolve("huge.csv");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) '7');
        try (OutputStream stream = Files.newOutputStream(file)) {
            for (int i = 0; i < 64; i++) {
                stream.write(chunk);
            }
        }
        int exit = run("trend", "--emissions", file.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(file + ": line 1: a field is longer than 1,000 characters, the limit;"
                + " is this a CSV file of emissions?" + System.lineSeparator());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void stopsAtTheEndlessZerosOfDevZero() {
        int exit = run("trend", "--emissions", "/dev/zero");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("/dev/zero: line 1: a field is longer than 1,000 characters, the limit;"
                + " is this a CSV file of emissions?" + System.lineSeparator());
    }

    @Test
    void bothInputsAreAUsageError() {
        assertThat(run("trend", "--emissions", "a.csv", "--document", "b.json")).isEqualTo(2);
        assertThat(err.toString()).contains("give either --emissions FILE or --document DOC");
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
    void trendHelpListsItsOptionsAndExitCodes() {
        assertThat(run("trend", "--help")).isZero();
        assertThat(out.toString()).contains("--emissions=FILE", "--since=YEAR", "--method=lad|ols",
                "--from-year=YEAR", "--to-year=YEAR", "--carbon-law-rate=RATE");
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("Exits 0 on success, 1 when the emissions file"
                + " has problems (each printed with its line), 2 on a usage error or an unreadable file.");
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

    @Test
    void givesEveryPlaceOfADocumentTheRowItsEmissionsFileWouldGive(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path embedded = Path.of("src/main/resources/org/climatecity/examples/borlange-avesta-dalarna.json");
        org.climatecity.core.document.ProgrammeDocument document = org.climatecity.serialization.ClimateCityDocuments
                .defaults().read(embedded).document();
        // the same inventories as a long-format emissions file
        StringBuilder csv = new StringBuilder("municipality_code,year,sector,tonnes_co2e\n");
        for (org.climatecity.core.emissions.EmissionsInventory inventory : document.inventories()) {
            if (inventory.boundary() != org.climatecity.core.emissions.Boundary.TERRITORIAL) {
                continue;
            }
            String code = ((org.climatecity.core.actor.Municipality) document.requireActor(inventory.owner()))
                    .requireCode().value();
            for (org.climatecity.core.emissions.InventoryEntry entry : inventory.entries()) {
                csv.append(code).append(',').append(inventory.year()).append(',')
                        .append(entry.sector().id())
                        .append(',').append(java.math.BigDecimal.valueOf(entry.tonnesCo2e()).toPlainString())
                        .append('\n');
            }
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("emissions.csv"), csv.toString());
        assertThat(run("trend", "--emissions", file.toString())).isZero();
        String[] fromFile = out.toString().split("\\R");
        out.getBuffer().setLength(0);

        assertThat(run("trend", "--document", embedded.toString())).as(err.toString()).isZero();
        String[] fromDocument = out.toString().split("\\R");
        assertThat(fromDocument[0]).isEqualTo(
                "place,last_year,last_value,slope_per_year,cagr_percent,net_zero_date,carbon_law_budget");
        assertThat(fromDocument).hasSize(3);
        assertThat(java.util.Arrays.copyOfRange(fromDocument, 1, 3))
                .containsExactly(java.util.Arrays.copyOfRange(fromFile, 1, 3));
        assertThat(fromDocument[1]).startsWith("2081,2024,423795.83,-9829.20,");
    }

    @Test
    void wantsEitherAnEmissionsFileOrADocument() throws Exception {
        assertThat(run("trend")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("give either --emissions FILE or --document DOC");
        assertThat(run("trend", "--document", "no-such.json")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("cannot read no-such.json: no such file");
    }
}
