package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the reader: any bytes give either a document or problems, never another exception.
 *
 * <p>In the normal build the committed inputs under {@code ReaderFuzzTestInputs} run as regression tests. To fuzz,
 * run with {@code JAZZER_FUZZ=1} in the environment; new findings land in that directory.
 */
class ReaderFuzzTest {

    private static final ClimateCityDocuments JSON = ClimateCityDocuments.defaults();
    private static final ClimateCityDocuments YAML = ClimateCityDocuments.builder().format(DocumentFormat.YAML)
            .build();

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveADocumentOrProblems(byte[] input) {
        readOrProblems(JSON, input);
    }

    @FuzzTest(maxDuration = "60s")
    void anyYamlGivesADocumentOrProblems(byte[] input) {
        readOrProblems(YAML, input);
    }

    private static void readOrProblems(ClimateCityDocuments documents, byte[] input) {
        try {
            assertThat(documents.read(input).document()).isNotNull();
        } catch (DocumentReadException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.code()).isNotBlank();
                assertThat(p.message()).isNotBlank();
            });
        }
    }
}
