package org.climatecity.examples.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.serialization.ClimateCityDocuments;
import org.junit.jupiter.api.Test;

/**
 * Checks that the committed embedded document is exactly what {@link BorlangeAvestaDalarna} generates. Regenerate it
 * with the command in {@link #REGENERATE}.
 */
class EmbeddedDocumentTest {

    /** The resource file, relative to the examples module. */
    static final Path RESOURCE = Path.of("src/main/resources/org/climatecity/examples/borlange-avesta-dalarna.json");

    /** How to regenerate the resource. */
    static final String REGENERATE = "mvn -B -q -pl examples -am verify -Djacoco.skip=true"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dtest=EmbeddedDocumentTest -Dclimatecity.regenerate=true";

    static String generated() {
        return ClimateCityDocuments.defaults().writeToString(BorlangeAvestaDalarna.document());
    }

    @Test
    void committedResourceIsWhatTheGeneratorWrites() throws IOException {
        String expected = generated();
        if (Boolean.getBoolean("climatecity.regenerate")) {
            Files.writeString(RESOURCE, expected, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(RESOURCE) ? Files.readString(RESOURCE, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .withFailMessage("%s differs from what BorlangeAvestaDalarna generates; regenerate it with:%n  %s",
                        RESOURCE, REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void embeddedResourceReadsBackAsTheGeneratedDocument() {
        DocumentFiles.Loaded loaded = DocumentFiles.readEmbedded();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.result().document()).isEqualTo(BorlangeAvestaDalarna.document());
        assertThat(loaded.result().unknownProperties().isEmpty()).isTrue();
    }
}
