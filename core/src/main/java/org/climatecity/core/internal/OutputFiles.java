package org.climatecity.core.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the files of one output all or none: the one way the library and its command line write files. Not part of
 * the public API.
 *
 * <p>Each file is written to a hidden temporary file in its target's folder ({@code .NAME-RANDOM.tmp}) and forced to
 * the disk; only when every file of the output is complete are they moved into place, each atomically where the file
 * system can. If anything fails before that (a full disk, a file-size limit, content that throws, a name that is not
 * a plain file name), no target is touched; if a move fails, the files already moved are put back as they were. Either
 * way no temporary file is left, nor a folder that the write created, and the failure is thrown.
 *
 * <p>A new file gets the permissions any new file of the process gets ({@link Files#newOutputStream} creates it
 * so; not the owner-only ones of a temporary file), and a replaced file keeps its own. A symbolic link is followed and
 * its target replaced. A target that exists but is not a regular file or a folder (a device such as {@code /dev/null},
 * a named pipe) cannot be replaced: it is written in place, after every other file is in place.
 */
public final class OutputFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    /**
     * Writes the content of one file to a stream, which is flushed and closed by the caller.
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
     * Writes one file, replacing it atomically and creating its folder if needed.
     *
     * @param file the file, not null
     * @param content the content, not null
     * @return the file
     * @throws IOException if the file cannot be written; it is then as it was
     */
    public static Path write(Path file, Content content) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        write(Map.of(file, content));
        return file;
    }

    /**
     * Writes files into a folder, all or none, creating the folder if needed. Other files of the folder are left
     * alone.
     *
     * @param folder the folder, not null
     * @param files the content of each file by its name, a plain file name without a folder, not null
     * @return the files written, in the order of {@code files}
     * @throws IOException if a name is not a plain file name or a file cannot be written; every file is then as it
     *     was
     */
    public static List<Path> writeInto(Path folder, Map<String, Content> files) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Map<Path, Content> paths = new LinkedHashMap<>();
        for (Map.Entry<String, Content> file : files.entrySet()) {
            paths.put(folder.resolve(plainName(folder, file.getKey())), file.getValue());
        }
        return write(paths);
    }

    /**
     * Writes files, all or none, creating their folders if needed.
     *
     * @param files the content of each file, not null
     * @return the files written, in the order of {@code files}
     * @throws IOException if a file cannot be written, is a folder or is named twice; every file is then as it was
     */
    public static List<Path> write(Map<Path, Content> files) throws IOException {
        List<Target> targets = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Map.Entry<Path, Content> file : files.entrySet()) {
            Target target = new Target(file.getKey(), Objects.requireNonNull(file.getValue(), "content"));
            if (!seen.add(target.file)) {
                throw new FileSystemException(file.getKey().toString(), null, "is named twice in one output");
            }
            if (Files.isDirectory(target.file)) {
                throw new FileSystemException(file.getKey().toString(), null, "is a folder");
            }
            targets.add(target);
        }
        List<Path> createdFolders = new ArrayList<>();
        List<Target> moved = new ArrayList<>();
        boolean complete = false;
        try {
            for (Target target : targets) {
                if (!target.inPlace) {
                    target.stage(createdFolders);
                }
            }
            // a move that fails after others have been made puts them back from these
            boolean keepOld = targets.size() > 1;
            for (Target target : targets) {
                if (!target.inPlace) {
                    if (keepOld) {
                        target.keepOld();
                    }
                    move(Objects.requireNonNull(target.temporary), target.file);
                    target.temporary = null;
                    moved.add(target);
                }
            }
            for (Target target : targets) {
                if (target.inPlace) {
                    try (OutputStream out = Files.newOutputStream(target.file)) {
                        target.content.writeTo(out);
                    }
                }
            }
            complete = true;
        } catch (IOException | RuntimeException | Error e) {
            for (int i = moved.size() - 1; i >= 0; i--) {
                moved.get(i).putBack(e);
            }
            throw e;
        } finally {
            for (Target target : targets) {
                target.deleteTemporaries();
            }
            if (!complete) {
                deleteFolders(createdFolders);
            }
        }
        return List.copyOf(files.keySet());
    }

    private static Path plainName(Path folder, String name) throws FileSystemException {
        try {
            Path plain = Path.of(name);
            if (!name.isEmpty() && plain.getNameCount() == 1 && !plain.isAbsolute() && plain.toString().equals(name)
                    && !name.equals(".") && !name.equals("..")) {
                return plain;
            }
        } catch (InvalidPathException e) {
            // not a name this file system can hold, reported as any other
        }
        throw new FileSystemException(folder + "/" + name, null, "is not a plain file name");
    }

    /** One file of an output, and the temporary files of its write. */
    private static final class Target {

        final Path file;
        final Content content;
        final boolean inPlace;
        @Nullable Path temporary;
        @Nullable Path old;

        Target(Path path, Content content) throws IOException {
            Path absolute = path.toAbsolutePath().normalize();
            this.file = Files.isSymbolicLink(absolute) && Files.exists(absolute) ? absolute.toRealPath() : absolute;
            this.content = content;
            // a device or a pipe: there is nothing to replace, and replacing /dev/null would be a disaster
            this.inPlace = Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
        }

        /** Writes the content to a temporary file beside the target and forces it to the disk. */
        void stage(List<Path> createdFolders) throws IOException {
            Path folder = Objects.requireNonNull(file.getParent(), "folder");
            createFolders(folder, createdFolders);
            try {
                temporary = createHidden(folder, file.getFileName().toString());
            } catch (FileSystemException e) {
                // the temporary file's name means nothing to the user: name the file they asked for
                throw e instanceof AccessDeniedException
                        ? new AccessDeniedException(file.toString(), null, e.getReason())
                        : new FileSystemException(file.toString(), null, e.getReason());
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        // the channel stays open for the force below, whatever the content does with its stream
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                // on the disk before it replaces anything: a crash then never leaves an empty file in its place
                channel.force(true);
            }
            if (Files.isRegularFile(file)) {
                try {
                    Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the file has the folder's default permissions
                }
            }
        }

        /** Keeps the file it replaces under a hidden name: a second name of the same file, or else a copy. */
        void keepOld() throws IOException {
            if (!Files.isRegularFile(file)) {
                return;
            }
            Path folder = Objects.requireNonNull(file.getParent(), "folder");
            while (old == null) {
                Path name = folder.resolve(hidden(file.getFileName().toString()));
                try {
                    old = Files.createLink(name, file);
                } catch (FileAlreadyExistsException e) {
                    // another name
                } catch (UnsupportedOperationException | IOException e) {
                    old = Files.copy(file, name, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }

        /** Puts back the file this write replaced, or removes the one it created. */
        void putBack(Throwable failure) {
            try {
                if (old != null) {
                    move(old, file);
                    old = null;
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }

        void deleteTemporaries() {
            for (Path path : new Path[] {temporary, old}) {
                if (path != null) {
                    try {
                        Files.deleteIfExists(path);
                    } catch (IOException e) {
                        // nothing more to do: the output itself is complete or put back
                    }
                }
            }
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Creates a folder and those above it that are missing, noting each created. */
    private static void createFolders(Path folder, List<Path> created) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (Files.exists(folder)) {
            throw new FileSystemException(folder.toString(), null, "is a file, not a folder");
        }
        Path parent = folder.getParent();
        if (parent != null) {
            createFolders(parent, created);
        }
        try {
            created.add(Files.createDirectory(folder));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
    }

    /** Deletes the folders a failed write created, innermost first, as far as they are still empty. */
    private static void deleteFolders(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (DirectoryNotEmptyException e) {
                // someone else's files arrived meanwhile
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }

    /** Creates an empty hidden file in a folder: unlike a temporary file, with the permissions of any new file. */
    private static Path createHidden(Path folder, String name) throws IOException {
        while (true) {
            try {
                return Files.createFile(folder.resolve(hidden(name)));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    private static String hidden(String name) {
        return "." + name + "-" + Long.toHexString(RANDOM.nextLong() >>> 16) + ".tmp";
    }
}
