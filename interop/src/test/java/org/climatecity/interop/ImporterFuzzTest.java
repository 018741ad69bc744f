package org.climatecity.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.interop.citycatalyst.CityCatalystImporter;
import org.climatecity.interop.klimatkollen.KlimatkollenImporter;
import org.climatecity.interop.openclimate.OpenClimateImporter;

/**
 * Fuzzes the importers with the files other tools give: any bytes give either a document that breaks no document
 * rule, with every tonne read accounted for (in the document or in a report entry), or an {@link ImportException}
 * with a message; never another exception.
 *
 * <p>In the normal build the committed inputs under {@code ImporterFuzzTestInputs} run as regression tests. To fuzz,
 * run with {@code JAZZER_FUZZ=1} in the environment, one target at a time ({@code -Dtest=ImporterFuzzTest#target}),
 * as {@code .ci/run} does for 20 seconds each; new findings land in that directory and stay there as regression
 * inputs.
 */
class ImporterFuzzTest {

    /** Between the tables of one OpenClimate input: Actor, EmissionsAgg, Target and Population, in that order. */
    private static final String TABLE_BREAK = "\n===\n";
    private static final String DATA_SOURCE = "publisher,datasource_id,name,published,URL\n"
            + "TEST,test:2024,Fuzzed tables,2024-01-01,https://example.org\n";
    private static final String PUBLISHER = "id,name,URL\nTEST,Test publisher,https://example.org\n";
    private static final Path DIR = temporaryFolder();

    @FuzzTest(maxDuration = "20s")
    void anyKlimatkollenFileGivesAValidDocumentOrAClearError(byte[] input) {
        Path file = write("climate-data.json", input);
        importOrError(() -> KlimatkollenImporter.read(file));
    }

    @FuzzTest(maxDuration = "20s")
    void anyCityCatalystFileGivesAValidDocumentOrAClearError(byte[] input) {
        Path file = write("inventory-SE BOS-2023.csv", input);
        importOrError(() -> CityCatalystImporter.read(List.of(file)));
    }

    @FuzzTest(maxDuration = "20s")
    void anyOpenClimateTablesGiveAValidDocumentOrAClearError(byte[] input) {
        String[] tables = Arrays.copyOf(new String(input, StandardCharsets.UTF_8).split(TABLE_BREAK, 4), 4);
        Path folder = DIR.resolve("openclimate");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("DataSource.csv"), DATA_SOURCE);
            Files.writeString(folder.resolve("Publisher.csv"), PUBLISHER);
            String[] names = {"Actor.csv", "EmissionsAgg.csv", "Target.csv", "Population.csv"};
            for (int i = 0; i < names.length; i++) {
                if (tables[i] == null) {
                    Files.deleteIfExists(folder.resolve(names[i]));
                } else {
                    Files.writeString(folder.resolve(names[i]), tables[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        importOrError(() -> OpenClimateImporter.read(folder));
    }

    private static void importOrError(Supplier<ImportResult> importer) {
        ImportResult result;
        try {
            result = importer.get();
        } catch (ImportException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(DocumentRules.check(result.document())).as("rules broken by the imported document").isEmpty();
        Documents.assertConserved(result);
    }

    private static Path write(String name, byte[] input) {
        try {
            return Files.write(DIR.resolve(name), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("climate-city-importer-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
