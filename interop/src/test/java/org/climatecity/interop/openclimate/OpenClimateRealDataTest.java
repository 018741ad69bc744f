package org.climatecity.interop.openclimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.interop.Documents.assertValid;

import java.nio.file.Path;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.interop.ImportResult;
import org.junit.jupiter.api.Test;

/** OpenClimate's real EU Covenant of Mayors set, read from the shared folder beside the project (not copied in). */
class OpenClimateRealDataTest {

    static final Path EUCOM = Path.of("../../shared/interop/openclimate/eucom");

    @Test
    void importsTheRealEucomSetIntoADocumentTheLibraryAccepts() {
        assertThat(EUCOM).as("the shared real data set beside the project").isDirectory();
        ImportResult result = OpenClimateImporter.read(EUCOM);

        assertThat(DocumentRules.check(result.document())).isEmpty();
        assertValid(result.document());
        // this copy of the set has no target whose baseline year is not before its target year (see RuleBreaksTest)
        assertThat(result.report().withCode("ordered-target-years")).isEmpty();
        assertThat(result.document().initiatives().get(0).targets()).hasSize(1394);
        assertThat(result.balances()).singleElement().satisfies(balance -> {
            assertThat(balance.read()).isEqualByComparingTo("376575301");
            assertThat(balance.isConserved()).isTrue();
        });
    }
}
