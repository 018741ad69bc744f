package org.climatecity.interop.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.interop.ImportLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
                "line 3: sector must be a Swedish main sector label or a sector id, was 'Trans\\nporter'",
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
    void acceptsAByteOrderMarkBeforeTheHeaderInBytesAndInText(@TempDir Path dir) throws IOException {
        String csv = "\uFEFF" + HEADER + "2081,2024,Transporter,1\n";
        Path file = Files.writeString(dir.resolve("bom.csv"), csv, StandardCharsets.UTF_8);
        assertThat(EmissionsCsv.read(file).problems()).isEmpty();
        assertThat(EmissionsCsv.read(file).rows()).hasSize(1);
        assertThat(read(csv).problems()).isEmpty();
        assertThat(read(csv).rows()).hasSize(1);
    }

    @Test
    void saysThatBytesThatAreNotUtf8AreNotText(@TempDir Path dir) throws IOException {
        byte[] valid = (HEADER + "2081,2024,Transporter,1\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(valid, valid.length + 2);
        bytes[valid.length] = (byte) 0xff;
        bytes[valid.length + 1] = (byte) 0xfe;
        Path file = Files.write(dir.resolve("binary.csv"), bytes);
        assertThat(EmissionsCsv.read(file).problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                "line 3: input is not UTF-8 text: byte 0xff at offset 66 cannot be decoded; an emissions file must be"
                        + " CSV in UTF-8");
    }

    @Test
    void decodesCharactersWhoseBytesArriveInSeparateReads() {
        byte[] bytes = (HEADER + "2081,2024,Egen uppvärmning av bostäder och lokaler,1\r\n2081,2024,Produktanvändning"
                + " (inkl. lösningsmedel),2\r2081,2023,Jordbruk,x\n").getBytes(StandardCharsets.UTF_8);
        EmissionsCsv.Result result = EmissionsCsv.read(new OneByteAtATime(bytes));
        assertThat(result.rows()).extracting(EmissionsCsv.Row::sector).containsExactly(
                SwedishMainSector.INDIVIDUAL_HEATING, SwedishMainSector.PRODUCT_USE);
        assertThat(result.problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                "line 4: tonnes CO2e must be a number, was 'x'");
    }

    @Test
    void findsTheLineOfBadBytesAfterEveryKindOfLineBreak() {
        byte[] valid = (HEADER + "2081,2024,Jordbruk,1\r\n2081,2023,Jordbruk,1\r2081,2022,Jordbruk,1\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(valid, valid.length + 1);
        bytes[valid.length] = (byte) 0xc3;
        assertThat(EmissionsCsv.read(new OneByteAtATime(bytes)).problems()).extracting(EmissionsCsv.Problem::toString)
                .containsExactly("line 5: input is not UTF-8 text: byte 0xc3 at offset " + valid.length + " cannot be"
                        + " decoded; an emissions file must be CSV in UTF-8");
    }

    @Test
    void saysThatTextTheReaderCannotDecodeIsNotUtf8() throws IOException {
        byte[] bytes = {'m', (byte) 0xc3, '(', '\n'};
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            assertThat(EmissionsCsv.read(reader).problems()).extracting(EmissionsCsv.Problem::toString)
                    .containsExactly("line 1: input cannot be decoded as text: Input length = 1");
        }
    }

    @Test
    void stopsAtAFieldLongerThanTheLimitWithoutHoldingTheInput() {
        // an endless stream of NUL characters, as /dev/zero gives: valid UTF-8, no line break, no comma
        EmissionsCsv.Result result = EmissionsCsv.read(new EndlessInput(new byte[] {0}));
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                "line 1: a field is longer than 1,000 characters, the limit; is this a CSV file of emissions?");
    }

    @Test
    void stopsAtAFieldLongerThanTheLimitAfterTheColumnsItKeeps() {
        String csv = HEADER + "2081,2024,Transporter,1," + "x".repeat(5_000) + "\n";
        assertThat(EmissionsCsv.read(new StringReader(csv), EmissionsCsv.DEFAULT_LIMITS.withMaxFieldLength(100))
                .problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                        "line 2: a field is longer than 100 characters, the limit; is this a CSV file of emissions?");
    }

    @Test
    void stopsAtAFieldLongerThanTheLimitBeyondTheColumnsItShows() {
        String csv = HEADER + "2081,2024,Transporter,1" + ",x".repeat(10) + "," + "x".repeat(50_000) + "\n";
        assertThat(EmissionsCsv.read(new StringReader(csv), EmissionsCsv.DEFAULT_LIMITS.withMaxFieldLength(100))
                .problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                        "line 2: a field is longer than 100 characters, the limit; is this a CSV file of emissions?");
    }

    @Test
    void stopsAtAnInputLongerThanTheLimit() {
        ImportLimits limits = EmissionsCsv.DEFAULT_LIMITS.withMaxDocumentLength(1 << 20);
        // endless blank lines, and an endless row of empty fields, each bounded by the length of the input
        EmissionsCsv.Result blank = EmissionsCsv.read(new EndlessInput("\n".getBytes(StandardCharsets.UTF_8)), limits);
        assertThat(blank.problems()).singleElement().extracting(EmissionsCsv.Problem::message).isEqualTo(
                "input is longer than 1,048,576 bytes, the limit; is this a CSV file of emissions?");
        EmissionsCsv.Result commas = EmissionsCsv.read(new EndlessInput(",".getBytes(StandardCharsets.UTF_8)), limits);
        assertThat(commas.problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                "line 1: input is longer than 1,048,576 bytes, the limit; is this a CSV file of emissions?");
    }

    @Test
    void stopsAtAnInputLongerThanTheDefaultLimit() {
        // one endless row of fields just under the field limit
        EmissionsCsv.Result result = EmissionsCsv.read(new EndlessInput(("x".repeat(999) + ",")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(result.problems()).singleElement().extracting(EmissionsCsv.Problem::message).isEqualTo(
                "input is longer than 134,217,728 bytes, the limit; is this a CSV file of emissions?");
    }

    @Test
    void countsCharactersOfTextAgainstTheLengthLimit() {
        ImportLimits limits = EmissionsCsv.DEFAULT_LIMITS.withMaxDocumentLength(2048);
        String csv = HEADER + "\n".repeat(3000);
        assertThat(EmissionsCsv.read(new StringReader(csv), limits).problems()).extracting(
                EmissionsCsv.Problem::message).containsExactly(
                        "input is longer than 2,048 characters, the limit; is this a CSV file of emissions?");
    }

    @Test
    void stopsAfterTheMostRows() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int year = 2000; year < 2020; year++) {
            csv.append("2081,").append(year).append(",Transporter,1\n");
        }
        EmissionsCsv.Result result = EmissionsCsv.read(new StringReader(csv.toString()),
                EmissionsCsv.DEFAULT_LIMITS.withMaxRows(10));
        assertThat(result.rows()).hasSize(10);
        assertThat(result.problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                "line 12: input has more than 10 rows, the limit");
    }

    @Test
    void stopsAfterTheMostProblemsAndSaysSo() {
        String csv = HEADER + "x,2024,Transporter,1\n".repeat(5);
        EmissionsCsv.Result result = EmissionsCsv.read(new StringReader(csv),
                EmissionsCsv.DEFAULT_LIMITS.withMaxProblems(3));
        assertThat(result.problems()).extracting(EmissionsCsv.Problem::toString).containsExactly(
                "line 2: municipality code must be 4 digits, was 'x'",
                "line 3: municipality code must be 4 digits, was 'x'",
                "line 4: municipality code must be 4 digits, was 'x'",
                "line 5: stopped reading after 3 problems");
    }

    @Test
    void reportsAnUnterminatedQuoteAsInvalidCsv() {
        assertThat(read(HEADER + "2081,2024,\"Transporter,1\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("is not valid CSV: "));
    }

    @Test
    void showsAnotherHeaderOnOneLineAndAbbreviated() {
        assertThat(read("a\u0000b,\"c\nd\"," + "e,".repeat(40) + "\n").problems())
                .extracting(EmissionsCsv.Problem::toString).containsExactly("line 1: header must be"
                        + " municipality_code,year,sector,tonnes_co2e, was a\\u0000b,c\\nd,e,e,e,e,e,e,...");
    }

    @Test
    void saysAMissingFileDoesNotExist(@TempDir Path dir) {
        Path file = dir.resolve("none.csv");
        assertThatThrownBy(() -> EmissionsCsv.read(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read " + file + ": it does not exist");
    }

    @Test
    void saysADirectoryIsNotAFile(@TempDir Path dir) {
        assertThatThrownBy(() -> EmissionsCsv.read(dir)).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read " + dir + ": it is a directory, not a file");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void readsDevZeroAsAFieldTooLong() {
        assertThat(EmissionsCsv.read(Path.of("/dev/zero")).problems()).extracting(EmissionsCsv.Problem::toString)
                .containsExactly("line 1: a field is longer than 1,000 characters, the limit; is this a CSV file of"
                        + " emissions?");
    }

    @Test
    void leavesTheStreamItReadsOpen() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream((HEADER + "2081,2024,Transporter,1\n")
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        assertThat(EmissionsCsv.read(in).isValid()).isTrue();
        assertThat(closed).isFalse();
    }

    @Test
    void rowsAndProblemsCheckTheirValues() {
        MunicipalityCode code = MunicipalityCode.of("2081");
        assertThatThrownBy(() -> new EmissionsCsv.Row(1, code, 2024, SwedishMainSector.INDUSTRY, 1))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("row line must be at least 2 (line 1 is the header), was 1");
        assertThatThrownBy(() -> new EmissionsCsv.Row(2, code, 1899, SwedishMainSector.INDUSTRY, 1))
                .isInstanceOf(ClimateCityException.class).hasMessage("year must be from 1900 to 2200, was 1899");
        assertThatThrownBy(() -> new EmissionsCsv.Row(2, code, 2024, SwedishMainSector.INDUSTRY, Double.NaN))
                .isInstanceOf(ClimateCityException.class).hasMessage("tonnes CO2e must be a finite number, was NaN");
        assertThatThrownBy(() -> new EmissionsCsv.Row(2, null, 2024, SwedishMainSector.INDUSTRY, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("municipality");
        assertThatThrownBy(() -> new EmissionsCsv.Problem(0, "x")).isInstanceOf(ClimateCityException.class)
                .hasMessage("problem line must be at least 1, was 0");
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

    /** An endless stream that repeats some bytes, as {@code /dev/zero} does. */
    private static final class EndlessInput extends InputStream {
        private final byte[] pattern;
        private long position;

        EndlessInput(byte[] pattern) {
            this.pattern = pattern.clone();
        }

        @Override
        public int read() {
            return pattern[(int) (position++ % pattern.length)] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int done = 0; done < length;) {
                int start = (int) (position % pattern.length);
                int n = Math.min(length - done, pattern.length - start);
                System.arraycopy(pattern, start, buffer, offset + done, n);
                position += n;
                done += n;
            }
            return length;
        }
    }

    /** A stream that gives one byte per read, so that multi-byte characters arrive in pieces. */
    private static final class OneByteAtATime extends ByteArrayInputStream {

        OneByteAtATime(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            return super.read(buffer, offset, Math.min(length, 1));
        }
    }
}
