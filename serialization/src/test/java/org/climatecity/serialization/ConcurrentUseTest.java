package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.junit.jupiter.api.Test;

/** One shared facade serves 8 threads: every read and write gives the same result as a single thread. */
class ConcurrentUseTest {

    @Test
    void sharedFacadeGivesEqualResultsOnEightThreads() throws Exception {
        ClimateCityDocuments documents = ClimateCityDocuments.defaults();
        ProgrammeDocument canonical = CanonicalScenario.document();
        ProgrammeDocument generated = new DocumentGenerator(7).document();
        String canonicalJson = documents.writeToString(canonical);
        ClimateCityDocuments lenient = documents.toBuilder().validate(false).build();
        String generatedJson = lenient.writeToString(generated);
        String invalid = canonicalJson.replace("\"code\": \"2081\"", "\"code\": \"208\"");
        List<Problem> expectedProblems = problems(documents, invalid);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                Callable<Integer> work = () -> {
                    int checks = 0;
                    for (int i = 0; i < 250; i++) {
                        switch ((i + thread) % 4) {
                            case 0 -> assertThat(documents.writeToString(canonical)).isEqualTo(canonicalJson);
                            case 1 -> assertThat(documents.read(canonicalJson).document()).isEqualTo(canonical);
                            case 2 -> assertThat(lenient.read(lenient.writeToString(generated)).document())
                                    .isEqualTo(generated);
                            default -> assertThat(problems(documents, invalid)).isEqualTo(expectedProblems);
                        }
                        checks++;
                    }
                    return checks;
                };
                results.add(pool.submit(work));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(5, TimeUnit.MINUTES);
            }
            assertThat(total).isEqualTo(2000);
            assertThat(lenient.writeToString(generated)).isEqualTo(generatedJson);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Problem> problems(ClimateCityDocuments documents, String json) {
        try {
            documents.read(json);
            return List.of();
        } catch (DocumentReadException e) {
            return e.problems();
        }
    }
}
