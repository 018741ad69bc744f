package org.climatecity.benchmarks.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * The floor of importing CSV files: Jackson's CSV parser streaming over the files, decoding every value into a
 * {@code String} and building nothing. No importer that reads the same files can be faster than this.
 *
 * @since 0.1.0
 */
public final class CsvWalk {

    private static final CsvFactory FACTORY = CsvFactory.builder().build();

    private CsvWalk() {
    }

    /**
     * Walks the values of CSV files.
     *
     * @param files the files, UTF-8, not null
     * @return a checksum of the decoded values, so that the work cannot be skipped
     * @throws UncheckedIOException if a file cannot be read
     */
    public static long walk(List<Path> files) {
        Objects.requireNonNull(files, "files");
        long checksum = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file);
                    JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    checksum = t == JsonToken.VALUE_STRING ? 31 * checksum + p.getString().length()
                            : 31 * checksum + t.ordinal();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return checksum;
    }
}
