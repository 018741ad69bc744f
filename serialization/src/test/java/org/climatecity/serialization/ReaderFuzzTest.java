package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes the reader: any bytes give either a document or problems, never another exception, and a document that
 * was read is written and read back unchanged.
 *
 * <p>In the normal build the committed inputs under {@code ReaderFuzzTestInputs} run as regression tests. To fuzz,
 * run with {@code JAZZER_FUZZ=1} in the environment; new findings land in that directory.
 */
class ReaderFuzzTest {

    private static final ClimateCityDocuments JSON = ClimateCityDocuments.defaults();
    private static final ClimateCityDocuments YAML = ClimateCityDocuments.builder().format(DocumentFormat.YAML)
            .build();

    /** A valid document without the closing brace of its root, so that a test can add a property. */
    private static final String OPEN_DOCUMENT = "{\"schemaVersion\":\"1.0\",\"programme\":{\"name\":\"Viable Cities\","
            + "\"climateNeutralityYear\":2030}";

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveADocumentOrProblems(byte[] input) {
        readOrProblems(JSON, input);
    }

    @FuzzTest(maxDuration = "60s")
    void anyYamlGivesADocumentOrProblems(byte[] input) {
        readOrProblems(YAML, input);
    }

    /** Numbers of every form in an unknown property, which is kept as a tree: found {@code 1e9999999999}. */
    @FuzzTest(maxDuration = "60s")
    void anyNumberInAnUnknownPropertyGivesADocumentOrProblems(byte[] input) {
        String number = new String(input, StandardCharsets.UTF_8);
        ReadResult json = readOrProblems(JSON, (OPEN_DOCUMENT + ",\"x\":" + number + "}")
                .getBytes(StandardCharsets.UTF_8));
        if (json != null) {
            assertThat(JSON.read(JSON.writeToString(json)).unknownProperties().entries())
                    .isEqualTo(json.unknownProperties().entries());
        }
        readOrProblems(YAML, ("schemaVersion: \"1.0\"\nprogramme: {name: x, climateNeutralityYear: 2030}\nx: "
                + number + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A document that was read is written in both formats and read back equal, with its unknown properties: what the
     * reader accepts, the writer can write (a lone surrogate once passed the reader and then failed the writer).
     */
    @FuzzTest(maxDuration = "60s")
    void aDocumentThatWasReadIsWrittenAndReadBackEqual(byte[] input) {
        ReadResult read = readOrProblems(JSON, input);
        if (read == null) {
            return;
        }
        for (ClimateCityDocuments format : List.of(JSON, YAML)) {
            ReadResult again = format.read(format.writeToString(read));
            assertThat(again.document()).isEqualTo(read.document());
            assertThat(again.schemaVersion()).isEqualTo(read.schemaVersion());
            assertThat(again.unknownProperties().entries()).isEqualTo(read.unknownProperties().entries());
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
