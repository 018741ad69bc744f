package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import org.climatecity.core.document.ProgrammeDocument;
import org.junit.jupiter.api.Test;

/** 1,200 seeded documents of varied shape round-trip equal in compact JSON; every tenth also pretty and in YAML. */
class GeneratedDocumentsRoundTripTest {

    static final int COUNT = 1_200;

    // generated references may dangle: these tests are about the format, not the document rules
    private final ClimateCityDocuments pretty = ClimateCityDocuments.builder().validate(false).strict(true).build();
    private final ClimateCityDocuments compact = pretty.toBuilder().pretty(false).build();
    private final ClimateCityDocuments yaml = pretty.toBuilder().format(DocumentFormat.YAML).build();

    @Test
    void generatedDocumentsRoundTripEqualInJson() {
        for (long seed = 0; seed < COUNT; seed++) {
            ProgrammeDocument document = new DocumentGenerator(seed).document();
            String text = compact.writeToString(document);
            assertThat(compact.read(text).document()).as("seed %d: %s", seed, text).isEqualTo(document);
            assertThat(compact.writeToString(document)).as("seed %d writes the same bytes", seed).isEqualTo(text);
            if (seed % 10 == 0) {
                assertThat(pretty.read(pretty.writeToString(document)).document()).as("seed %d", seed)
                        .isEqualTo(document);
            }
        }
    }

    @Test
    void generatedDocumentsRoundTripEqualInYaml() {
        for (long seed = 0; seed < COUNT; seed += 10) {
            ProgrammeDocument document = new DocumentGenerator(seed).document();
            String text = yaml.writeToString(document);
            assertThat(yaml.read(text).document()).as("seed %d: %s", seed, text).isEqualTo(document);
        }
    }

    @Test
    void theGeneratorIsDeterministic() {
        assertThat(new DocumentGenerator(42).document()).isEqualTo(new DocumentGenerator(42).document());
    }
}
