package org.climatecity.examples.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes files so that a reader, or the user after a failure, sees the old content or the new, never a mix: each
 * file is written to a temporary file in the same folder, forced to the disk and then moved into place (atomically
 * where the file system can, else replacing), and a set of files is written to a temporary folder first and moved
 * into place only when all of them are complete.
 *
 * <p>Temporary files and folders are hidden ({@code .NAME-RANDOM.tmp}) and deleted when a write fails. They are
 * created with the usual permissions (the process's umask), and a replaced file keeps its permissions. A symbolic
 * link is followed and its target replaced; a target that exists but is not a regular file (a device such as
 * {@code /dev/null}, a named pipe) cannot be replaced and is written in place.
 *
 * @since 0.1.0
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Writes the content of a file to a stream; the stream is closed by the caller.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface Content {

        /**
         * Writes the content.
         *
         * @param out the stream, not null
         * @throws IOException if the stream cannot be written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Returns the content of a text file in UTF-8.
     *
     * @param text the text, not null
     * @return the content
     */
    public static Content text(String text) {
        Objects.requireNonNull(text, "text");
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes text to a file in UTF-8, replacing it atomically and creating its folder if needed.
     *
     * @param file the file, not null
     * @param text the text, not null
     * @return the file
     * @throws IOException if the file cannot be written; it is then as it was
     */
    public static Path writeString(Path file, String text) throws IOException {
        return write(file, text(text));
    }

    /**
     * Writes a file, replacing it atomically and creating its folder if needed.
     *
     * @param file the file, not null
     * @param content the content, not null
     * @return the file
     * @throws IOException if the file cannot be written; it is then as it was
     */
    public static Path write(Path file, Content content) throws IOException {
        Objects.requireNonNull(content, "content");
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            target = target.toRealPath();
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // a device or a pipe: there is nothing to replace, and replacing /dev/null would be a disaster
            try (OutputStream out = Files.newOutputStream(target)) {
                content.writeTo(out);
            }
            return file;
        }
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = createFile(folder, target.getFileName().toString());
        try {
            writeForced(temporary, content);
            moveIntoPlace(temporary, target);
        } catch (IOException | RuntimeException e) {
            cleanUp(temporary, e);
            throw e;
        }
        return file;
    }

    /**
     * Writes a set of files into a folder so that either all of them are replaced or none: they are written to a
     * temporary folder (inside the folder if it exists, else beside it) and then moved into place. A file of the folder
     * that is not in the set is left alone. Once every file is written, only renames are left, which need no space.
     *
     * @param folder the folder, created if needed, not null
     * @param files the files by name, each a plain file name without a folder, in the order to return them, not null
     * @return the files written, in the order of {@code files}
     * @throws IOException if a file cannot be written; the folder is then as it was
     * @throws IllegalArgumentException if a name is not a plain file name
     */
    public static List<Path> writeFolder(Path folder, Map<String, Content> files) throws IOException {
        for (String name : files.keySet()) {
            Path plain = Path.of(name);
            if (plain.getNameCount() != 1 || plain.isAbsolute() || name.equals(".") || name.equals("..")) {
                throw new IllegalArgumentException("file name must be a plain name, was '" + name + "'");
            }
        }
        Path target = folder.toAbsolutePath().normalize();
        boolean exists = Files.isDirectory(target);
        Path parent = exists ? target : target.getParent();
        if (!exists) {
            Files.createDirectories(parent);
        }
        Path staging = createFolder(parent, target.getFileName() == null ? "" : target.getFileName().toString());
        try {
            for (Map.Entry<String, Content> file : files.entrySet()) {
                writeForced(staging.resolve(file.getKey()), file.getValue());
            }
            if (exists) {
                for (String name : files.keySet()) {
                    moveIntoPlace(staging.resolve(name), target.resolve(name));
                }
                deleteTree(staging);
            } else {
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging, target);
                }
            }
        } catch (IOException | RuntimeException e) {
            cleanUp(staging, e);
            throw e;
        }
        List<Path> written = new ArrayList<>();
        files.keySet().forEach(name -> written.add(folder.resolve(name)));
        return written;
    }

    private static void writeForced(Path file, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            // on the disk before it replaces anything, so that a crash does not leave an empty file in its place
            channel.force(true);
        }
    }

    private static void moveIntoPlace(Path source, Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            try {
                Files.setPosixFilePermissions(source, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the new file has the folder's default permissions
            }
        }
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Creates an empty hidden file beside the target; unlike a temp file, with the umask's permissions. */
    private static Path createFile(Path folder, String name) throws IOException {
        while (true) {
            try {
                return Files.createFile(folder.resolve(hidden(name)));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    private static Path createFolder(Path parent, String name) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(hidden(name)));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    private static String hidden(String name) {
        return "." + (name.isEmpty() ? "climate-city" : name) + "-" + Long.toHexString(RANDOM.nextLong() >>> 16)
                + ".tmp";
    }

    /** Deletes what a failed write left, keeping the failure as the error to report. */
    private static void cleanUp(Path temporary, Exception failure) {
        try {
            deleteTree(temporary);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
