package org.climatecity.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.climatecity.benchmarks.baseline.CsvWalk;
import org.climatecity.benchmarks.baseline.TokenWalk;
import org.climatecity.benchmarks.workload.ImportSamples;
import org.climatecity.interop.ImportResult;

/**
 * The figures of the importers: each on its real sample and on that sample repeated to {@value #TIMES} times its size
 * ({@link ImportSamples}), against the floor of reading the same bytes with Jackson's parser alone (the CSV parser
 * decoding every value into a {@code String}, {@link CsvWalk}, or the JSON {@link TokenWalk}). Both sides read the
 * files from disk (from the page cache after the first run). Every importer is given limits raised as a user with
 * large files raises them ({@link ImportSamples#RAISED}).
 *
 * <p>Each figure is measured in single shots, as {@link ScaleFigures} does: uncounted runs of both sides first (for
 * the real samples, for {@value #WARM_UP_SECONDS} seconds, which settles the compiled code), then pairs of shots,
 * library and floor alternating, and the median of the pairs' ratios with half their interquartile range as its
 * margin. A shot of a real sample repeats the operation so that it lasts about {@value #SHOT_MILLIS} ms; a repeated
 * sample, whose shot lasts up to seconds, gets about half as many pairs.
 *
 * @since 0.1.0
 */
public final class ImportFigures {

    /** How many times the repeated samples hold the real ones. */
    public static final int TIMES = 100;
    /** How long uncounted runs of the real samples last before the pairs, in seconds. */
    static final int WARM_UP_SECONDS = 3;
    /** How long a shot of a real sample lasts at least, in milliseconds. */
    static final int SHOT_MILLIS = 200;

    private ImportFigures() {
    }

    /**
     * Returns the figure of an importer on its real sample or on the repeated one.
     *
     * @param sample the importer's sample, not null
     * @param repeated whether the sample repeated {@value #TIMES} times
     * @return the figure, not null
     */
    public static Figure figure(ImportSamples sample, boolean repeated) {
        return Figures.IMPORTS.get(sample.ordinal() * 2 + (repeated ? 1 : 0));
    }

    /**
     * Measures the figures of every importer, or none with a note when the shared data is missing.
     *
     * @param shared the shared data folder, such as {@link ImportSamples#shared()}, not null
     * @param times how many times the repeated samples hold the real ones, such as {@value #TIMES}, at least 1
     * @param pairs the number of counted pairs of shots of each real sample's figure, at least 1 (half as many and one
     *     more for a repeated sample)
     * @param warmUp whether to run the real samples for {@value #WARM_UP_SECONDS} seconds before their pairs
     * @param out receives a line that describes each sample, not null
     * @param notes receives what was skipped and why, not null
     * @return the rows, real sample then repeated sample of each importer, not null
     * @throws UncheckedIOException if a temporary file cannot be written
     */
    public static List<FigureRow> measure(Path shared, int times, int pairs, boolean warmUp, Consumer<String> out,
            Consumer<String> notes) {
        if (pairs < 1) {
            throw new IllegalArgumentException("pairs must be at least 1, was " + pairs);
        }
        List<ImportSamples> missing = Stream.of(ImportSamples.values()).filter(s -> !Files.exists(s.real(shared)))
                .toList();
        if (!missing.isEmpty()) {
            notes.accept("skipped the import figures: the real samples are not in " + shared.toAbsolutePath()
                    .normalize() + " (missing " + String.join(", ", missing.stream().map(s -> s.real(shared)
                            .toString()).toList()) + "); run from the project folder or set -D"
                    + ImportSamples.SHARED_PROPERTY + "=FOLDER");
            return List.of();
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("climate-city-imports");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            List<FigureRow> rows = new ArrayList<>();
            for (ImportSamples sample : ImportSamples.values()) {
                Path real = sample.real(shared);
                Path repeated = sample.repeat(real, times, Files.createDirectory(dir.resolve(sample.name())));
                ImportResult once = sample.importFrom(real, ImportSamples.RAISED);
                out.accept(String.format(Locale.ROOT, "%s sample: %,d bytes in %d file(s), imported to a document"
                        + " of %,d bytes with %,d report entries; repeated %d times: %,d bytes", sample.label(),
                        bytes(sample.files(real)), sample.files(real).size(),
                        Workloads.DOCUMENTS.writeToBytes(once.document()).length, once.report().entries().size(),
                        times, bytes(sample.files(repeated))));
                rows.add(paired(figure(sample, false), sample, real, pairs, warmUp));
                // a shot of a repeated sample lasts seconds: fewer pairs, and the real sample's runs warmed it up
                rows.add(paired(figure(sample, true), sample, repeated, Math.max(1, pairs / 2 + 1), false));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the repeated samples: " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    /** The floor of importing a sample: Jackson's parser alone over the same files. */
    static long floor(ImportSamples sample, Path input) {
        if (sample == ImportSamples.KLIMATKOLLEN) {
            try {
                return TokenWalk.walk(Workloads.PLAIN_MAPPER, Files.readAllBytes(input));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
            }
        }
        return CsvWalk.walk(sample.files(input));
    }

    private static FigureRow paired(Figure figure, ImportSamples sample, Path input, int pairs, boolean warmUp) {
        Supplier<?> library = () -> sample.importFrom(input, ImportSamples.RAISED);
        Supplier<?> baseline = () -> floor(sample, input);
        long end = System.nanoTime() + (warmUp ? WARM_UP_SECONDS * 1_000_000_000L : 0);
        double fastest;
        do {
            fastest = Math.min(SingleShots.time(library, 1), SingleShots.time(baseline, 1));
        } while (System.nanoTime() < end);
        int repeats = (int) Math.max(1, Math.ceil(SHOT_MILLIS / Math.max(0.001, fastest)));
        return SingleShots.pairs(figure, library, baseline, pairs, repeats);
    }

    private static long bytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return total;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary file left behind is not worth failing a run of minutes for
        }
    }
}
