package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Fuzzes the reader: any bytes give either a document or problems, never another exception, and a document that
 * was read is written and read back unchanged.
 *
 * <p>In the normal build the committed inputs under {@code ReaderFuzzTestInputs} run as regression tests. To fuzz,
 * run with {@code JAZZER_FUZZ=1} in the environment, one target at a time ({@code -Dtest=ReaderFuzzTest#target}),
 * as {@code .ci/run} does for 20 seconds each; new findings land in that directory and stay there as regression
 * inputs (such as {@code yaml-merge-key-property}: an unknown property named {@code <<} once failed the YAML round
 * trip).
 */
class ReaderFuzzTest {

    private static final ClimateCityDocuments JSON = ClimateCityDocuments.defaults();
    private static final ClimateCityDocuments YAML = ClimateCityDocuments.builder().format(DocumentFormat.YAML)
            .build();

    /** Compares numbers by value, anything else by equality. */
    private static final Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /** A valid document without the closing brace of its root, so that a test can add a property. */
    private static final String OPEN_DOCUMENT = "{\"schemaVersion\":\"1.0\","
            + "\"programmes\":[{\"name\":\"Viable Cities\",\"climateNeutralityYear\":2030}]";

    @FuzzTest(maxDuration = "20s")
    void anyBytesGiveADocumentOrProblems(byte[] input) {
        readOrProblems(JSON, input);
    }

    @FuzzTest(maxDuration = "20s")
    void anyYamlGivesADocumentOrProblems(byte[] input) {
        readOrProblems(YAML, input);
    }

    /** Numbers of every form in an unknown property, which is kept as a tree: found {@code 1e9999999999}. */
    @FuzzTest(maxDuration = "20s")
    void anyNumberInAnUnknownPropertyGivesADocumentOrProblems(byte[] input) {
        String number = new String(input, StandardCharsets.UTF_8);
        ReadResult json = readOrProblems(JSON, (OPEN_DOCUMENT + ",\"x\":" + number + "}")
                .getBytes(StandardCharsets.UTF_8));
        if (json != null) {
            assertSameEntries(JSON.read(JSON.writeToString(json)), json);
        }
        readOrProblems(YAML, ("schemaVersion: \"1.0\"\nprogrammes: [{name: x, climateNeutralityYear: 2030}]\nx: "
                + number + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A document that was read is written in both formats and read back equal, with its unknown properties: what the
     * reader accepts, the writer can write (a lone surrogate once passed the reader and then failed the writer).
     */
    @FuzzTest(maxDuration = "20s")
    void aDocumentThatWasReadIsWrittenAndReadBackEqual(byte[] input) {
        ReadResult read = readOrProblems(JSON, input);
        if (read == null) {
            return;
        }
        for (ClimateCityDocuments format : List.of(JSON, YAML)) {
            ReadResult again = format.read(format.writeToString(read));
            assertThat(again.document()).isEqualTo(read.document());
            assertThat(again.schemaVersion()).isEqualTo(read.schemaVersion());
            assertSameEntries(again, read);
        }
    }

    /**
     * Checks that two reads kept the same unknown properties, numbers compared by value: JSON has one kind of
     * number, and a decimal without fraction ({@code 2e0}) is written back as {@code 2}.
     */
    private static void assertSameEntries(ReadResult actual, ReadResult expected) {
        List<UnknownProperties.Entry> actualEntries = actual.unknownProperties().entries();
        List<UnknownProperties.Entry> expectedEntries = expected.unknownProperties().entries();
        assertThat(actualEntries).hasSameSizeAs(expectedEntries);
        for (int i = 0; i < actualEntries.size(); i++) {
            UnknownProperties.Entry entry = actualEntries.get(i);
            UnknownProperties.Entry other = expectedEntries.get(i);
            assertThat(entry.pointer()).isEqualTo(other.pointer());
            assertThat(entry.value().equals(SAME_NUMBER, other.value())).as("%s: %s, was %s", entry.pointer(),
                    other.value(), entry.value()).isTrue();
        }
    }

    private static @Nullable ReadResult readOrProblems(ClimateCityDocuments documents, byte[] input) {
        try {
            ReadResult read = documents.read(input);
            assertThat(read.document()).isNotNull();
            return read;
        } catch (DocumentReadException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.code()).isNotBlank();
                assertThat(p.message()).isNotBlank()
                        // the reader turns an exception it did not expect into a problem; a fuzzer must still see it
                        .doesNotStartWith("the reader failed on this input");
            });
            return null;
        }
    }
}
