package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.GoldenFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The canonical Borlänge–Avesta–Dalarna scenario in the document format, pinned by a committed golden file. */
class CanonicalScenarioFormatTest {

    static final String GOLDEN = "src/test/resources/org/climatecity/serialization/canonical-scenario.json";

    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    @Tag(GoldenFiles.TAG)
    void writerProducesTheCommittedGoldenFile() throws Exception {
        GoldenFiles.check(java.nio.file.Path.of(GOLDEN), ClimateCityDocuments.defaults().writeToString(canonical));
    }

    @Test
    void goldenFileReadsBackToTheCanonicalScenario() throws Exception {
        ReadResult read = ClimateCityDocuments.defaults().read(java.nio.file.Path.of(GOLDEN));
        assertThat(read.document()).isEqualTo(canonical);
        assertThat(read.unknownProperties().isEmpty()).isTrue();
        assertThat(read.schemaVersion()).isEqualTo("1.0");
    }
}
