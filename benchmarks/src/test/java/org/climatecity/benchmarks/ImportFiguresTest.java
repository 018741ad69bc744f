package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.climatecity.benchmarks.baseline.CsvWalk;
import org.climatecity.benchmarks.workload.ImportSamples;
import org.climatecity.interop.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The repeated samples hold the real ones as many times as asked, and each import figure is computed on both sides,
 * on samples repeated twice (the full run repeats them 100 times). The real samples are read from the project root's
 * {@code ../shared}.
 */
class ImportFiguresTest {

    /** The project root's {@code ../shared}, from the module folder the tests run in. */
    private static final Path SHARED = Path.of("..", "..", "shared");

    @TempDir
    Path dir;

    @Test
    void repeatsTheDataRowsOfEachCsvFileUnderOneHeader() throws IOException {
        for (ImportSamples sample : List.of(ImportSamples.CITYCATALYST, ImportSamples.OPENCLIMATE)) {
            Path real = sample.real(SHARED);
            Path repeated = sample.repeat(real, 3, Files.createDirectory(dir.resolve(sample.name())));
            assertThat(sample.files(repeated)).extracting(Path::getFileName)
                    .containsExactlyElementsOf(sample.files(real).stream().map(Path::getFileName).toList());
            for (Path file : sample.files(real)) {
                List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
                List<String> copies = Files.readAllLines(repeated.resolve(file.getFileName())).stream()
                        .filter(l -> !l.isBlank()).toList();
                assertThat(copies).hasSize(1 + 3 * (lines.size() - 1));
                assertThat(copies.stream().filter(lines.get(0)::equals)).hasSize(1);
            }
        }
    }

    @Test
    void repeatsTheElementsOfKlimatkollensArray() throws IOException {
        Path real = ImportSamples.KLIMATKOLLEN.real(SHARED);
        Path repeated = ImportSamples.KLIMATKOLLEN.repeat(real, 3, dir);
        JsonNode once = Workloads.PLAIN_MAPPER.readTree(real.toFile());
        JsonNode thrice = Workloads.PLAIN_MAPPER.readTree(repeated.toFile());
        assertThat(thrice.size()).isEqualTo(3 * once.size());
        assertThat(thrice.get(2 * once.size())).isEqualTo(once.get(0));
    }

    @Test
    void importsEachSampleAndItsRepeatsAndWalksTheSameBytes() {
        for (ImportSamples sample : ImportSamples.values()) {
            Path real = sample.real(SHARED);
            ImportResult result = sample.importFrom(real, ImportSamples.RAISED);
            assertThat(result.document().actors()).as(sample.label()).isNotEmpty();
            assertThat(ImportFigures.floor(sample, real)).as(sample.label()).isNotZero();
        }
        assertThat(CsvWalk.walk(ImportSamples.OPENCLIMATE.files(ImportSamples.OPENCLIMATE.real(SHARED))))
                .isEqualTo(ImportFigures.floor(ImportSamples.OPENCLIMATE, ImportSamples.OPENCLIMATE.real(SHARED)));
    }

    @Test
    void measuresEveryImporterOnItsSampleAndTheRepeatedOne() {
        List<String> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<FigureRow> rows = ImportFigures.measure(SHARED, 2, 1, false, lines::add, notes::add);

        assertThat(rows).extracting(FigureRow::figure).containsExactlyElementsOf(Figures.IMPORTS);
        assertThat(rows).allSatisfy(row -> assertThat(row.ratio()).isPositive());
        assertThat(notes).isEmpty();
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).contains("bytes in", "repeated 2 times"));
    }

    @Test
    void skipsTheFiguresWithANoteWhereTheSamplesAreMissing() {
        List<String> notes = new ArrayList<>();
        assertThat(ImportFigures.measure(dir.resolve("none"), 2, 1, false, line -> { }, notes::add)).isEmpty();
        assertThat(notes).singleElement().asString().startsWith("skipped the import figures: the real samples are"
                + " not in " + dir.resolve("none")).contains(ImportSamples.SHARED_PROPERTY);
    }
}
