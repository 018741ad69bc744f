package org.climatecity.serialization.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces files atomically: a failed write never leaves a half-written file, nor destroys the one that was there. A
 * new file gets the usual permissions (the process's umask), and a replaced file keeps its own.
 */
public final class AtomicFiles {

    /** Writes some content to a stream; may fail with an I/O error. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out the stream
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes to a hidden file beside the target and moves it into place.
     *
     * @param path the file
     * @param content what to write
     * @throws IOException if writing or moving fails; the target is then as it was
     */
    public static void write(Path path, Content content) throws IOException {
        Objects.requireNonNull(path, "path");
        Path target = path.toAbsolutePath();
        Path temporary = createBeside(target);
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            if (Files.isRegularFile(target)) {
                try {
                    Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the file has the folder's default permissions
                }
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Creates an empty hidden file beside the target: unlike a temporary file, with the umask's permissions. */
    private static Path createBeside(Path target) throws IOException {
        while (true) {
            String name = "." + target.getFileName() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp";
            try {
                return Files.createFile(target.resolveSibling(name));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }
}
