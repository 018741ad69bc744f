package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile input is rejected with a clear problem, fast and without holding the input in memory. */
class HostileInputTest {

    private final ClimateCityDocuments documents = ClimateCityDocuments.defaults();

    private Problem onlyProblem(ThrowingRead read) {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, read::run);
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @FunctionalInterface
    interface ThrowingRead {
        void run() throws Exception;
    }

    /** A stream of a prefix, then many copies of one byte, then a suffix: generated, never held in memory. */
    static final class GeneratedStream extends InputStream {
        private final byte[] prefix;
        private final byte[] suffix;
        private final byte filler;
        private final long fillerCount;
        private long position;

        GeneratedStream(String prefix, char filler, long fillerCount, String suffix) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
            this.filler = (byte) filler;
            this.fillerCount = fillerCount;
        }

        long consumed() {
            return position;
        }

        @Override
        public int read() {
            long total = prefix.length + fillerCount + suffix.length;
            if (position >= total) {
                return -1;
            }
            long at = position++;
            if (at < prefix.length) {
                return prefix[(int) at];
            }
            at -= prefix.length;
            return at < fillerCount ? filler : suffix[(int) (at - fillerCount)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = 0;
            while (n < length) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n++] = (byte) b;
            }
            return n;
        }
    }

    /** A stream of a prefix, then many generated pieces, then a suffix: generated, never held in memory. */
    static final class PieceStream extends InputStream {
        private final byte[] prefix;
        private final byte[] suffix;
        private final LongFunction<String> piece;
        private final long pieces;
        private byte[] current;
        private int at;
        private long next;
        private long consumed;
        private boolean ended;

        PieceStream(String prefix, long pieces, LongFunction<String> piece, String suffix) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
            this.piece = piece;
            this.pieces = pieces;
            this.current = this.prefix;
        }

        long consumed() {
            return consumed;
        }

        @Override
        public int read() {
            while (at == current.length) {
                if (ended) {
                    return -1;
                }
                at = 0;
                if (next < pieces) {
                    current = piece.apply(next++).getBytes(StandardCharsets.UTF_8);
                } else {
                    current = suffix;
                    ended = true;
                }
            }
            consumed++;
            return current[at++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = 0;
            while (n < length) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n++] = (byte) b;
            }
            return n;
        }
    }

    private static final String VALID_HEAD = "{\"schemaVersion\":\"1.0\",\"programmes\":[{\"name\":\"x\","
            + "\"climateNeutralityYear\":2030}]";

    /**
     * Unknown properties are kept as trees, some 25 times their size in memory: a 62 MB unknown array of
     * {@code {"a":1}} needed about 2 GB. The values held are limited, so this one stops after a few hundred kilobytes.
     */
    @Test
    void rejectsAnUnknownArrayOfMillionsOfObjectsAfterReadingLittleOfIt() {
        PieceStream in = new PieceStream(VALID_HEAD + ",\"x\":[{\"a\":0}", 7_000_000L, i -> ",{\"a\":1}", "]}");
        Problem problem = onlyProblem(() -> documents.read(in));
        assertThat(problem.code()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(problem.message()).contains("100000", "ReadLimits.maxUnknownValues");
        assertThat(problem.pointer()).startsWith("/x/");
        assertThat(in.consumed()).isLessThan(1_000_000L);
    }

    /** 1.5 million unknown properties of the root, 41 MB, exhausted a gigabyte of memory. */
    @Test
    void rejectsMillionsOfUnknownRootPropertiesAfterReadingLittleOfThem() {
        PieceStream in = new PieceStream(VALID_HEAD, 1_500_000L, i -> ",\"p" + i + "\":" + i, "}");
        Problem problem = onlyProblem(() -> documents.read(in));
        assertThat(problem.code()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(problem.pointer()).isEqualTo("/p100000");
        assertThat(in.consumed()).isLessThan(2_000_000L);
    }

    /** An object whose "type" is not first is held as a tree only until it is read: the limit is not cumulative. */
    @Test
    void readsManyActorsWhoseTypeIsLast() throws Exception {
        ClimateCityDocuments documents = ClimateCityDocuments.builder().validate(false).build();
        PieceStream in = new PieceStream("{\"schemaVersion\":\"1.0\",\"actors\":[", 30_000L,
                i -> (i == 0 ? "" : ",") + "{\"id\":\"a" + i + "\",\"name\":\"x\",\"country\":\"SE\","
                        + "\"identifiers\":[\"se-kommun:2081\"],"
                        + "\"type\":\"municipality\"}",
                "],\"programmes\":[{\"name\":\"x\",\"climateNeutralityYear\":2030}]}");
        assertThat(documents.read(in).document().actors()).hasSize(30_000);
    }

    @Test
    void limitsTheValuesKeptAsALimitOfItsOwn() {
        ClimateCityDocuments small = ClimateCityDocuments.builder()
                .limits(ReadLimits.DEFAULT.withMaxUnknownValues(2000)).build();
        String within = VALID_HEAD + ",\"x\":[" + "1,".repeat(1998) + "1]}";
        assertThat(small.read(within).unknownProperties().entries()).hasSize(1);
        String beyond = VALID_HEAD + ",\"x\":[" + "1,".repeat(1999) + "1]}";
        assertThat(onlyProblem(() -> small.read(beyond)).code()).isEqualTo(Problem.LIMIT_EXCEEDED);
    }

    @Test
    void rejectsHundredThousandDeepNesting() {
        String deep = "{\"schemaVersion\":\"1.0\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Problem problem = onlyProblem(() -> documents.read(deep));
        assertThat(problem.code()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(problem.message()).contains("64");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void rejectsA200MegabyteStringAfterReadingLittleOfIt() {
        GeneratedStream in = new GeneratedStream(
                "{\"schemaVersion\":\"1.0\",\"actors\":[{\"type\":\"municipality\",\"id\":\"", 'a', 200_000_000L,
                "\"}]}");
        Problem problem = onlyProblem(() -> documents.read(in));
        assertThat(problem.code()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(problem.message()).contains("String value length");
        assertThat(in.consumed()).isLessThan(4_000_000L);
    }

    @Test
    void rejectsADocumentLongerThanTheLimit() {
        ClimateCityDocuments small = ClimateCityDocuments.builder()
                .limits(ReadLimits.DEFAULT.withMaxDocumentLength(1 << 20)).build();
        GeneratedStream in = new GeneratedStream("{\"schemaVersion\":\"1.0\"", ' ', 50_000_000L, "}");
        Problem problem = onlyProblem(() -> small.read(in));
        assertThat(problem.code()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(in.consumed()).isLessThan(4_000_000L);
    }

    /**
     * A long line of YAML took time that grew with the square of its length (SnakeYAML Engine copies its look-ahead
     * on every refill): 8 MB took 16 seconds, 32 MB four minutes, 300 MB ran out of memory. Now a line longer than
     * four times the string limit is a problem, found after reading little more than that.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'  name: '|a|''", "'  name: \"'|a|'\"'", "'  name: a'|' '|b",
            "'  # '|x|''", "'  name: |\n    '|a|''"})
    void rejectsA32MegabyteYamlLineAfterReadingLittleOfIt(String prefix, char filler, String suffix) {
        ClimateCityDocuments yaml = ClimateCityDocuments.builder().format(DocumentFormat.YAML).build();
        GeneratedStream in = new GeneratedStream("schemaVersion: \"1.0\"\nprogrammes:\n-\n" + prefix, filler,
                32_000_000L, suffix + "\n  climateNeutralityYear: 2030\n");
        Problem problem = onlyProblem(() -> yaml.read(in));
        assertThat(problem.code()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(problem.message()).isEqualTo("YAML line length exceeds the maximum allowed (4194304 characters,"
                + " 4 times the longest string)");
        assertThat(problem.line()).isEqualTo(4 + prefix.chars().filter(c -> c == '\n').count());
        assertThat(in.consumed()).isLessThan(6_000_000L);
    }

    @Test
    void readsAYamlStringOfTheLongestLength() {
        ClimateCityDocuments yaml = ClimateCityDocuments.builder().format(DocumentFormat.YAML).build();
        String name = "a".repeat(ReadLimits.DEFAULT.maxStringLength());
        String document = "schemaVersion: \"1.0\"\nprogrammes:\n- name: \"" + name
                + "\"\n  climateNeutralityYear: 2030\n";
        assertThat(yaml.readDocument(document).firstProgramme().name()).hasSize(name.length());
    }

    @Test
    void rejectsAYamlDocumentLongerThanTheLimit() {
        ClimateCityDocuments small = ClimateCityDocuments.builder().format(DocumentFormat.YAML)
                .limits(ReadLimits.DEFAULT.withMaxDocumentLength(1 << 20)).build();
        GeneratedStream in = new GeneratedStream("schemaVersion: \"1.0\"\n", '\n', 50_000_000L, "x: 1\n");
        Problem problem = onlyProblem(() -> small.read(in));
        assertThat(problem.code()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(in.consumed()).isLessThan(4_000_000L);
    }

    @Test
    void rejectsATenThousandDigitNumber() {
        String document = "{\"schemaVersion\":\"1.0\",\"programmes\":[{\"climateNeutralityYear\":"
                + "9".repeat(10_000) + "}]}";
        Problem problem = onlyProblem(() -> documents.read(document));
        assertThat(problem.code()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(problem.message()).contains("Number value length");
    }

    @Test
    void rejectsALongPropertyName() {
        String document = "{\"schemaVersion\":\"1.0\",\"" + "n".repeat(10_000) + "\":1}";
        assertThat(onlyProblem(() -> documents.read(document)).code()).isEqualTo(Problem.LIMIT_EXCEEDED);
    }

    @Test
    void rejectsAnAmountWithAHugeExponent() {
        String document = InvalidDocumentsTest.change("'name': 'Viable Cities', ",
                "'name': 'Viable Cities', 'support': [{'recipient': 'borlange', 'kind': 'funding',"
                        + " 'description': 'x', 'amount': {'amount': 1e999999999, 'currency': 'SEK'}}], ");
        Problem problem = onlyProblem(() -> documents.read(document));
        assertThat(problem.pointer()).isEqualTo("/programmes/0/support/0/amount/amount");
        assertThat(problem.code()).isEqualTo(Problem.INVALID_VALUE);
    }

    @Test
    void reportsAHugeExponentInAnUnknownPropertyAsAProblem() {
        String document = "{\"schemaVersion\":\"1.0\",\"x\":1e9999999999}";
        for (ThrowingRead read : new ThrowingRead[] {() -> documents.read(document),
                () -> documents.read(document.getBytes(StandardCharsets.UTF_8))}) {
            DocumentReadException e = catchThrowableOfType(DocumentReadException.class, read::run);
            assertThat(e.problems()).extracting(p -> p.pointer() + " " + p.code() + " " + p.message())
                    .contains("/x invalid-value number is out of range, was '1e9999999999'");
        }
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] valid = InvalidDocumentsTest.json(InvalidDocumentsTest.VALID).getBytes(StandardCharsets.UTF_8);
        byte[] broken = valid.clone();
        int at = new String(valid, StandardCharsets.ISO_8859_1).indexOf("Avesta");
        broken[at + 1] = (byte) 0xC3;
        broken[at + 2] = (byte) 0x28;
        Problem problem = onlyProblem(() -> documents.read(broken));
        assertThat(problem.code()).isEqualTo(Problem.INVALID_ENCODING);
        assertThat(problem.line()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({"UTF-16BE, false", "UTF-16LE, false", "UTF-16BE, true", "UTF-16LE, true", "UTF-32BE, false",
            "UTF-32LE, false", "UTF-32BE, true", "UTF-32LE, true"})
    void rejectsUtf16AndUtf32WithOrWithoutAByteOrderMark(String charset, boolean bom) {
        String valid = InvalidDocumentsTest.json(InvalidDocumentsTest.VALID);
        byte[] bytes = ((bom ? "\ufeff" : "") + valid).getBytes(Charset.forName(charset));
        ClimateCityDocuments yaml = ClimateCityDocuments.builder().format(DocumentFormat.YAML).build();
        for (ClimateCityDocuments format : List.of(documents, yaml)) {
            for (ThrowingRead read : List.<ThrowingRead>of(() -> format.read(bytes),
                    () -> format.read(new ByteArrayInputStream(bytes)))) {
                Problem problem = onlyProblem(read);
                assertThat(problem.code()).isEqualTo(Problem.INVALID_ENCODING);
                assertThat(problem.message())
                        .startsWith("document is not valid UTF-8: the first bytes are those of UTF-");
            }
        }
    }

    @Test
    void acceptsAUtf8ByteOrderMark() throws Exception {
        byte[] valid = InvalidDocumentsTest.json(InvalidDocumentsTest.VALID).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[valid.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(valid, 0, withBom, 3, valid.length);
        assertThat(documents.read(withBom).document()).isNotNull();
        assertThat(documents.read(new ByteArrayInputStream(withBom)).document()).isNotNull();
    }

    @Test
    void rejectsNaNAndInfinity() {
        for (String value : new String[] {"NaN", "Infinity", "-Infinity"}) {
            String document = InvalidDocumentsTest.change("2030", value);
            assertThat(onlyProblem(() -> documents.read(document)).code()).isEqualTo(Problem.SYNTAX);
        }
    }

    @Test
    void neverEchoesLongInputInMessages() {
        String document = InvalidDocumentsTest.change("'se-kommun:2084'", "'se-kommun:" + "9".repeat(5000) + "'");
        Problem problem = onlyProblem(() -> documents.read(document));
        assertThat(problem.message().length()).isLessThan(200);
        String garbage = "{\"schemaVersion\":\"1.0\",\"x\":" + "tru".repeat(5000) + "}";
        assertThat(onlyProblem(() -> documents.read(garbage)).message().length()).isLessThan(400);
    }
}
