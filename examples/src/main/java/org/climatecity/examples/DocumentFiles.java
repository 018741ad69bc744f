package org.climatecity.examples;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.serialization.ClimateCityDocuments;
import org.climatecity.serialization.DocumentFormat;
import org.climatecity.serialization.DocumentReadException;
import org.climatecity.serialization.Problem;
import org.climatecity.serialization.ReadLimits;
import org.climatecity.serialization.ReadResult;

/**
 * Reads and writes the documents of the examples and the command-line tool through the serialization library's
 * facade: files in JSON or YAML by their extension, and the embedded Borlänge–Avesta–Dalarna document.
 *
 * @since 0.1.0
 */
public final class DocumentFiles {

    /** The class-path resource of the embedded document. */
    public static final String EMBEDDED_RESOURCE = "/org/climatecity/examples/borlange-avesta-dalarna.json";

    /** The name the embedded document is reported under. */
    public static final String EMBEDDED_NAME = "borlange-avesta-dalarna.json (embedded)";

    /** The command line's option that raises the document size limit, which messages about the limit name. */
    public static final String MAX_DOCUMENT_SIZE_OPTION = "--max-document-size";

    /** The names of the standard input, which is read though it is no regular file. */
    private static final Set<String> STANDARD_INPUT = Set.of("/dev/stdin", "/dev/fd/0", "/proc/self/fd/0");

    private DocumentFiles() {
    }

    /**
     * A document as read: the read result when it is valid, or every problem found.
     *
     * @param source the file name or resource it came from, not null
     * @param result the read document with its version and unknown properties, or null when invalid
     * @param problems the problems, empty when valid, not null
     * @since 0.1.0
     */
    public record Loaded(String source, ReadResult result, List<Problem> problems) {

        /**
         * Creates the value.
         *
         * @param source the source, not null
         * @param result the result, or null
         * @param problems the problems, not null
         */
        public Loaded {
            Objects.requireNonNull(source, "source");
            problems = List.copyOf(problems);
        }

        /**
         * Checks if the document is valid.
         *
         * @return true if it was read without problems
         */
        public boolean valid() {
            return result != null && problems.isEmpty();
        }
    }

    /**
     * Returns the format of a file by its extension: YAML for {@code .yaml} and {@code .yml}, else JSON.
     *
     * @param file the file, not null
     * @return the format
     */
    public static DocumentFormat formatOf(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return text.endsWith(".yaml") || text.endsWith(".yml") ? DocumentFormat.YAML : DocumentFormat.JSON;
    }

    /**
     * Reads and validates a document file with the library's default limits, as
     * {@link #read(Path, boolean, ReadLimits)} does.
     *
     * @param file the file, not null
     * @param strict true to reject properties this version does not know
     * @return the document or its problems
     * @throws UserError with {@link ExitCodes#USAGE} if the file is missing, not a regular file or cannot be read
     */
    public static Loaded read(Path file, boolean strict) {
        return read(file, strict, ReadLimits.DEFAULT);
    }

    /**
     * Reads and validates a document file, streaming it through the library's reader: a file larger than the
     * {@linkplain ReadLimits#maxDocumentLength() document length limit} is refused by its size before it is
     * read. Anything but a regular file (a pipe, a device, a socket) is refused before it is opened, as a pipe without
     * a writer would block the read forever, except the standard input named {@code /dev/stdin}, which is read only up
     * to that limit.
     *
     * @param file the file, not null
     * @param strict true to reject properties this version does not know
     * @param limits the reader's limits, such as {@link ReadLimits#DEFAULT}, not null
     * @return the document or its problems; a file over the size limit has one problem with the code
     *     {@value Problem#LIMIT_EXCEEDED} that names the command line's option to raise it
     * @throws UserError with {@link ExitCodes#USAGE} if the file is missing, not a regular file or cannot be read
     */
    public static Loaded read(Path file, boolean strict, ReadLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        if (Files.isDirectory(file)) {
            throw new UserError(ExitCodes.USAGE, file + ": is a folder, not a document");
        }
        // a pipe with no writer would block the read forever, and a device need not end: only a regular file or the
        // standard input named as such is read
        if (Files.exists(file) && !Files.isRegularFile(file) && !STANDARD_INPUT.contains(file.toString())) {
            throw new UserError(ExitCodes.USAGE, file + ": is not a regular file (a pipe, a device or a socket);"
                    + " give a document file, or /dev/stdin for the standard input");
        }
        DocumentFormat format = formatOf(file);
        long limit = limits.maxDocumentLength();
        try {
            if (Files.isRegularFile(file) && Files.size(file) > limit) {
                return new Loaded(file.toString(), null, List.of(new Problem("", Problem.LIMIT_EXCEEDED,
                        "file is " + bytes(Files.size(file)) + ", larger than the " + bytes(limit)
                                + " a document may have; raise the limit with " + MAX_DOCUMENT_SIZE_OPTION
                                + " SIZE, such as " + MAX_DOCUMENT_SIZE_OPTION + " " + suggestedLimit(
                                        Files.size(file)), 0, 0)));
            }
            if (STANDARD_INPUT.contains(file.toString())) {
                // a stream has no size to refuse it by: it is read up to the limit, and a limit reached says how
                // to raise it, as for a file
                try (InputStream in = Files.newInputStream(file)) {
                    return read(file.toString(), in, format, strict, limits);
                }
            }
            return new Loaded(file.toString(), facade(format, strict, limits).read(file), List.of());
        } catch (DocumentReadException e) {
            return new Loaded(file.toString(), null, e.problems());
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot read " + file + ": " + describe(e), e);
        }
    }

    /**
     * Reads and validates the embedded Borlänge–Avesta–Dalarna document.
     *
     * @return the document or its problems
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static Loaded readEmbedded() {
        try (InputStream in = DocumentFiles.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the embedded document is missing: " + EMBEDDED_RESOURCE);
            }
            return read(EMBEDDED_NAME, in, DocumentFormat.JSON, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded document", e);
        }
    }

    /**
     * Reads and validates a document from a stream, which is read at most to the library's document length limit
     * and not closed.
     *
     * @param source the name to report, not null
     * @param in the UTF-8 stream, not null
     * @param format the format, not null
     * @param strict true to reject properties this version does not know
     * @return the document or its problems
     * @throws IOException if the stream cannot be read
     */
    public static Loaded read(String source, InputStream in, DocumentFormat format, boolean strict)
            throws IOException {
        return read(source, in, format, strict, ReadLimits.DEFAULT);
    }

    /**
     * Reads and validates a document from a stream, which is read at most to the document length limit of some
     * limits and not closed.
     *
     * @param source the name to report, not null
     * @param in the UTF-8 stream, not null
     * @param format the format, not null
     * @param strict true to reject properties this version does not know
     * @param limits the reader's limits, such as {@link ReadLimits#DEFAULT}, not null
     * @return the document or its problems; a stream longer than the document length limit has one problem with
     *     the code {@value Problem#LIMIT_EXCEEDED} that names the command line's option to raise it
     * @throws IOException if the stream cannot be read
     */
    public static Loaded read(String source, InputStream in, DocumentFormat format, boolean strict, ReadLimits limits)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Counting counted = new Counting(in);
        try {
            return new Loaded(source, facade(format, strict, limits).read(counted), List.of());
        } catch (DocumentReadException e) {
            long limit = limits.maxDocumentLength();
            if (counted.count > limit && e.problems().stream().anyMatch(p -> Problem.LIMIT_EXCEEDED.equals(p.code()))) {
                // the parser's own message names its setting, not the option a user of the tool can give
                return new Loaded(source, null, List.of(new Problem("", Problem.LIMIT_EXCEEDED, "input is longer than"
                        + " the " + bytes(limit) + " a document may have; raise the limit with "
                        + MAX_DOCUMENT_SIZE_OPTION + " SIZE", 0, 0)));
            }
            return new Loaded(source, null, e.problems());
        }
    }

    /** A stream that counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /**
     * Reads and validates a document from bytes.
     *
     * @param source the name to report, not null
     * @param bytes the UTF-8 bytes, not null
     * @param format the format, not null
     * @param strict true to reject properties this version does not know
     * @return the document or its problems
     */
    public static Loaded read(String source, byte[] bytes, DocumentFormat format, boolean strict) {
        try {
            return new Loaded(source, facade(format, strict).read(bytes), List.of());
        } catch (DocumentReadException e) {
            return new Loaded(source, null, e.problems());
        }
    }

    /**
     * Writes a valid document in a format to a stream as it goes, so that a large document is never held as one
     * string; the stream is flushed, not closed.
     *
     * @param loaded the document, valid
     * @param format the format
     * @param out the stream
     * @throws IOException if the stream cannot be written
     */
    public static void write(Loaded loaded, DocumentFormat format, OutputStream out) throws IOException {
        requireValid(loaded);
        facade(format, false).write(loaded.result(), out);
    }

    /**
     * Writes a valid document in a format to a character stream as it goes; the stream is flushed, not closed.
     *
     * @param loaded the document, valid
     * @param format the format
     * @param out the character stream
     * @throws IOException if the stream cannot be written
     */
    public static void write(Loaded loaded, DocumentFormat format, Writer out) throws IOException {
        requireValid(loaded);
        facade(format, false).write(loaded.result(), out);
    }

    /**
     * Reads a document as a step of a job and returns it if it is valid; otherwise prints each problem as
     * {@code validate} does and a count, and returns null.
     */
    static ProgrammeDocument readValid(String name, Supplier<Loaded> source, Progress progress,
            PrintWriter err) {
        Loaded loaded = progress.step("Reading and validating " + name, source);
        return validOrProblems(name, loaded, err);
    }

    /**
     * Returns the document of a valid read; for an invalid one prints each problem as {@code validate} does and a
     * count, and returns null.
     *
     * @param name the document's name in the messages, not null
     * @param loaded the read, not null
     * @param err where the problems go, not null
     * @return the document, or null when the read is not valid
     */
    public static ProgrammeDocument validOrProblems(String name, Loaded loaded, PrintWriter err) {
        if (!loaded.valid()) {
            loaded.problems().forEach(p -> err.println(problemLine(name, p)));
            err.println(name + ": invalid, " + loaded.problems().size() + " problem"
                    + (loaded.problems().size() == 1 ? "" : "s"));
            return null;
        }
        return loaded.result().document();
    }

    /**
     * Formats a problem as {@code FILE:LINE:COLUMN: POINTER: message}, as compilers do so that editors can jump to
     * it, POINTER its JSON Pointer: {@code FILE: POINTER: message} where the position is not known, and without
     * POINTER for a problem of the whole document (the empty pointer), such as {@code FILE:1:1: document is empty}.
     *
     * @param file the file's name as the user gave it
     * @param problem the problem
     * @return the line
     */
    public static String problemLine(String file, Problem problem) {
        StringBuilder text = new StringBuilder(file);
        if (problem.line() > 0) {
            text.append(':').append(problem.line()).append(':').append(problem.column());
        }
        text.append(": ");
        if (!problem.pointer().isEmpty()) {
            text.append(problem.pointer()).append(": ");
        }
        return text.append(problem.message()).toString();
    }

    private static void requireValid(Loaded loaded) {
        if (!loaded.valid()) {
            throw new IllegalArgumentException("only a valid document can be written, " + loaded.source()
                    + " has " + loaded.problems().size() + " problems");
        }
    }

    /**
     * Returns the published JSON Schema of the document format.
     *
     * @return the schema as JSON text
     */
    public static String schema() {
        return ClimateCityDocuments.jsonSchema();
    }

    /**
     * Describes an I/O error in a few words for a user, such as "no such file".
     *
     * @param e the error, not null
     * @return the description
     */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Writes a size in binary units, as the limits are: "64 MiB", "3.0 GiB", "572 MiB". */
    static String bytes(long size) {
        if (size >= 10L << 30) {
            return (size >> 30) + " GiB";
        }
        if (size >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", size / (double) (1L << 30));
        }
        if (size >= 1L << 20) {
            return (size >> 20) + " MiB";
        }
        return size + " bytes";
    }

    /**
     * Returns a limit above a size that a user can type: the size rounded up to whole GiB from 1 GiB, else to whole
     * MiB.
     */
    static String suggestedLimit(long size) {
        if (size > 1L << 30) {
            return ((size + (1L << 30) - 1) >> 30) + "GiB";
        }
        return ((size + (1L << 20) - 1) >> 20) + "MiB";
    }

    private static ClimateCityDocuments facade(DocumentFormat format, boolean strict) {
        return facade(format, strict, ReadLimits.DEFAULT);
    }

    private static ClimateCityDocuments facade(DocumentFormat format, boolean strict, ReadLimits limits) {
        return ClimateCityDocuments.builder().format(format).strict(strict).limits(limits).build();
    }
}
