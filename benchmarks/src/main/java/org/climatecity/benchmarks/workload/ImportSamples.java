package org.climatecity.benchmarks.workload;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.climatecity.interop.ImportLimits;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.citycatalyst.CityCatalystImporter;
import org.climatecity.interop.klimatkollen.KlimatkollenImporter;
import org.climatecity.interop.openclimate.OpenClimateImporter;
import org.climatecity.interop.openclimate.OpenClimateTables;

/**
 * The real sample of each importer, read where the project's shared data lies ({@code ../shared} from the project
 * folder), and the same sample repeated to many times its size: a CSV file is its header once and its data rows
 * repeated, a Klimatkollen file its array's elements repeated. A repeated sample holds each row or municipality many
 * times, and what the importer reports of the repeats is part of its work.
 *
 * @since 0.1.0
 */
public enum ImportSamples {

    /** Klimatkollen's data of Sweden's 290 municipalities: one JSON file. */
    KLIMATKOLLEN("Klimatkollen", "interop/klimatkollen/climate-data.json"),
    /** Ten real CityCatalyst inventory exports: a folder of CSV files. */
    CITYCATALYST("CityCatalyst", "interop/citycatalyst/real"),
    /** OpenClimate's EU Covenant of Mayors data set: a folder of CSV tables. */
    OPENCLIMATE("OpenClimate", "interop/openclimate/eucom");

    /** The system property that names the shared data folder, {@code ../shared} when absent. */
    public static final String SHARED_PROPERTY = "climatecity.shared";

    /** Limits raised as a user importing large files raises them: 2 GiB and 100,000,000 rows or elements. */
    public static final ImportLimits RAISED = new ImportLimits(Integer.MAX_VALUE - 9L, 1_000_000, 100_000_000, 1000);

    private final String label;
    private final String location;

    ImportSamples(String label, String location) {
        this.label = label;
        this.location = location;
    }

    /**
     * Returns the name of the format, as printed.
     *
     * @return the name, such as {@code Klimatkollen}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the shared data folder: the {@value #SHARED_PROPERTY} property, else {@code ../shared}.
     *
     * @return the folder, which may not exist
     */
    public static Path shared() {
        return Path.of(System.getProperty(SHARED_PROPERTY, "../shared"));
    }

    /**
     * Returns the real sample: the file or folder the importer takes.
     *
     * @param shared the shared data folder, not null
     * @return the path, which may not exist
     */
    public Path real(Path shared) {
        return shared.resolve(location);
    }

    /**
     * Returns the files that importing a sample reads: the file itself, the CSV files of a CityCatalyst folder, the
     * tables of an OpenClimate folder that the importer knows.
     *
     * @param input the file or folder, not null
     * @return the files, sorted by name, not null
     */
    public List<Path> files(Path input) {
        return switch (this) {
            case KLIMATKOLLEN -> List.of(input);
            case CITYCATALYST -> list(input).filter(f -> f.getFileName().toString().endsWith(".csv")).toList();
            case OPENCLIMATE -> list(input).filter(f -> OpenClimateTables.COLUMNS.containsKey(
                    f.getFileName().toString().replaceFirst("\\.csv$", ""))).toList();
        };
    }

    /**
     * Imports a sample with the importer of its format.
     *
     * @param input the file or folder, not null
     * @param limits the limits, not null
     * @return the document and the report
     */
    public ImportResult importFrom(Path input, ImportLimits limits) {
        return switch (this) {
            case KLIMATKOLLEN -> KlimatkollenImporter.read(input, limits);
            case CITYCATALYST -> CityCatalystImporter.read(files(input), limits);
            case OPENCLIMATE -> OpenClimateImporter.read(input, limits);
        };
    }

    /**
     * Writes a sample repeated: each CSV file its header once and its data rows {@code times} times, a JSON file
     * its array's elements {@code times} times, with the file names of the sample.
     *
     * @param input the sample's file or folder, not null
     * @param times how many times, at least 1
     * @param dir an existing folder to write into, not null
     * @return the repeated sample's file or folder in {@code dir}
     * @throws UncheckedIOException if a file cannot be read or written
     */
    public Path repeat(Path input, int times, Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        try {
            if (this == KLIMATKOLLEN) {
                Path out = dir.resolve(input.getFileName());
                repeatArray(input, out, times);
                return out;
            }
            Path folder = Files.createDirectories(dir.resolve(input.getFileName()));
            for (Path file : list(input).filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                repeatRows(file, folder.resolve(file.getFileName()), times);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repeat " + input + " into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes the header line once and the rest of the file, its data rows, some times. */
    private static void repeatRows(Path from, Path to, int times) throws IOException {
        byte[] bytes = Files.readAllBytes(from);
        int body = 0;
        while (body < bytes.length && bytes[body] != '\n') {
            body++;
        }
        body = Math.min(body + 1, bytes.length);
        boolean endsWithBreak = bytes.length > 0 && bytes[bytes.length - 1] == '\n';
        try (OutputStream out = Files.newOutputStream(to)) {
            out.write(bytes, 0, body);
            for (int i = 0; i < times; i++) {
                out.write(bytes, body, bytes.length - body);
                if (!endsWithBreak && body < bytes.length) {
                    out.write('\n');
                }
            }
        }
    }

    /** Writes a JSON array with the elements of the given one, as they are written there, some times. */
    private static void repeatArray(Path from, Path to, int times) throws IOException {
        String text = Files.readString(from, StandardCharsets.UTF_8);
        int open = text.indexOf('[');
        int close = text.lastIndexOf(']');
        if (open < 0 || close < open) {
            throw new IOException(from + " is not a JSON array");
        }
        String elements = text.substring(open + 1, close).strip();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            parts.add(elements);
        }
        Files.writeString(to, "[\n  " + String.join(",\n  ", parts) + "\n]\n", StandardCharsets.UTF_8);
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
