package org.climatecity.interop.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes an export's files once all are composed: each to a temporary file beside it, then moved into place. */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Writes files into a folder, creating it.
     *
     * @param directory the folder
     * @param contents the text of each file by name
     * @return the paths written, in order
     * @throws UncheckedIOException if the folder cannot be created or a file cannot be written
     */
    public static List<Path> write(Path directory, Map<String, String> contents) {
        List<Path> written = new ArrayList<>();
        try {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw new IOException(directory + " is a file, not a folder");
            }
            Files.createDirectories(directory);
            for (Map.Entry<String, String> entry : contents.entrySet()) {
                Path target = directory.resolve(entry.getKey());
                Path temporary = Files.createTempFile(directory, ".export-", ".tmp");
                try {
                    Files.writeString(temporary, entry.getValue(), StandardCharsets.UTF_8);
                    try {
                        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(temporary);
                }
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }
}
