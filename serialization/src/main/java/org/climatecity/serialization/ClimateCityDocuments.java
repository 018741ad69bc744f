package org.climatecity.serialization;

import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.climatecity.core.ProgrammeDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes whole climate-city programme documents as JSON or YAML: the facade of this library.
 *
 * <pre>{@code
 * ClimateCityDocuments documents = ClimateCityDocuments.defaults();
 * ReadResult read = documents.read(Path.of("borlange.json"));   // throws DocumentReadException listing problems
 * ProgrammeDocument document = read.document();
 * String json = documents.writeToString(document);
 * }</pre>
 *
 * <p>Reading checks the whole document and reports every problem at once in a {@link DocumentReadException}:
 * syntax, wrong types, malformed values, unknown names, missing properties, and (after a successful binding) every
 * Jakarta Validation constraint of the model. Unknown properties are kept in the {@link ReadResult} and written
 * back, or rejected in {@linkplain Builder#strict(boolean) strict mode}. Input is bounded by {@link ReadLimits}.
 *
 * <p>Writing gives a stable property order (the record components' declaration order) and the same bytes for the
 * same document. The format is described in the package documentation.
 *
 * <p>Immutable and thread-safe: one instance can serve any number of threads.
 *
 * @since 0.1.0
 */
public final class ClimateCityDocuments {

    /** The stable {@code $id} of the JSON Schema of format version 1.0. */
    public static final String SCHEMA_ID = "https://climatecity.org/schema/climate-city-1.0.schema.json";

    /** The class-path resource holding the JSON Schema. */
    static final String SCHEMA_RESOURCE = "climate-city-1.0.schema.json";

    private static final ClimateCityDocuments DEFAULTS = builder().build();

    private final DocumentFormat format;
    private final boolean strict;
    private final boolean pretty;
    private final boolean validating;
    private final ReadLimits limits;
    private final @Nullable Validator validator;
    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    private ClimateCityDocuments(Builder builder) {
        this.format = builder.format;
        this.strict = builder.strict;
        this.pretty = builder.pretty;
        this.validating = builder.validating;
        this.limits = builder.limits;
        this.validator = builder.validator;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxDocumentLength(limits.maxDocumentLength())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        // messages quote at most 40 characters of the input
        ErrorReportConfiguration errors = ErrorReportConfiguration.builder().maxErrorTokenLength(40)
                .maxRawContentLength(40).build();
        if (format == DocumentFormat.YAML) {
            if (!YamlSupport.available()) {
                throw new IllegalStateException("YAML needs tools.jackson.dataformat:jackson-dataformat-yaml on the"
                        + " class or module path");
            }
            this.mapper = YamlSupport.mapper(constraints, errors, limits);
            this.writer = mapper.writer();
        } else {
            JsonFactory factory = JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .errorReportConfiguration(errors)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build();
            this.mapper = JsonMapper.builder(factory).disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                    .addModule(new ClimateCityModule()).build();
            if (pretty) {
                // two spaces, "\n" on every platform, and "name": value without a space before the colon
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER));
                printer.indentObjectsWith(indenter);
                printer.indentArraysWith(indenter);
                this.writer = mapper.writer().with(printer);
            } else {
                this.writer = mapper.writer();
            }
        }
    }

    /**
     * Returns the facade with the default options: JSON, pretty output, unknown properties kept, constraints
     * validated with the default Jakarta Validation provider, {@link ReadLimits#DEFAULT default limits}.
     *
     * @return the shared default instance
     */
    public static ClimateCityDocuments defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder with the default options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this facade's options, to derive another facade.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.format = format;
        builder.strict = strict;
        builder.pretty = pretty;
        builder.validating = validating;
        builder.limits = limits;
        builder.validator = validator;
        return builder;
    }

    /**
     * Returns the format read and written.
     *
     * @return the format
     */
    public DocumentFormat format() {
        return format;
    }

    /**
     * Checks if unknown properties are rejected rather than kept.
     *
     * @return true in strict mode
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Checks if JSON is written indented.
     *
     * @return true for indented output
     */
    public boolean isPretty() {
        return pretty;
    }

    /**
     * Checks if a read document's constraints are validated.
     *
     * @return true when validating
     */
    public boolean isValidating() {
        return validating;
    }

    /**
     * Returns the read limits.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /**
     * Reads a document from text.
     *
     * @param text the JSON or YAML text, not null
     * @return the document with its version and unknown properties
     * @throws DocumentReadException listing every problem, if the document is not valid
     */
    public ReadResult read(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return read(() -> mapper.createParser(text), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a document from UTF-8 bytes (a byte order mark is accepted).
     *
     * @param bytes the bytes, not null
     * @return the document with its version and unknown properties
     * @throws DocumentReadException listing every problem, if the document is not valid
     */
    public ReadResult read(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            return read(() -> mapper.createParser(bytes), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a document from a file.
     *
     * @param path the file, UTF-8, not null
     * @return the document with its version and unknown properties
     * @throws DocumentReadException listing every problem, if the document is not valid
     * @throws IOException if the file cannot be read
     */
    public ReadResult read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    /**
     * Reads a document from a stream, which is read to the document's end and not closed.
     *
     * @param in the UTF-8 stream, not null
     * @return the document with its version and unknown properties
     * @throws DocumentReadException listing every problem, if the document is not valid
     * @throws IOException if the stream cannot be read
     */
    public ReadResult read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return read(() -> mapper.createParser(in));
    }

    /**
     * Reads a document from a character stream, which is not closed.
     *
     * @param reader the characters, not null
     * @return the document with its version and unknown properties
     * @throws DocumentReadException listing every problem, if the document is not valid
     * @throws IOException if the stream cannot be read
     */
    public ReadResult read(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        return read(() -> mapper.createParser(reader));
    }

    /**
     * Reads a document from text and returns only the model.
     *
     * @param text the JSON or YAML text, not null
     * @return the document
     * @throws DocumentReadException listing every problem, if the document is not valid
     */
    public ProgrammeDocument readDocument(String text) {
        return read(text).document();
    }

    /**
     * Reads a document from a file and returns only the model.
     *
     * @param path the file, not null
     * @return the document
     * @throws DocumentReadException listing every problem, if the document is not valid
     * @throws IOException if the file cannot be read
     */
    public ProgrammeDocument readDocument(Path path) throws IOException {
        return read(path).document();
    }

    /**
     * Validates a document's Jakarta Validation constraints, as reading does after binding.
     *
     * @param document the document, not null
     * @return the problems, by pointer (without positions), empty when the document is valid
     */
    public List<Problem> validate(ProgrammeDocument document) {
        Objects.requireNonNull(document, "document");
        return ConstraintProblems.of(validator().validate(document), document, null);
    }

    /** Opens a parser; may fail with an I/O error. */
    @FunctionalInterface
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private ReadResult read(ParserSource source) throws IOException {
        return read(source, false);
    }

    /** Reads; with in-memory input every I/O error comes from decoding, so it is a problem of the document. */
    private ReadResult read(ParserSource source, boolean inMemory) throws IOException {
        ReadState state = new ReadState(strict ? ReadState.Unknowns.REJECT : ReadState.Unknowns.KEEP,
                format == DocumentFormat.YAML, limits.maxProblems(), validating, null);
        ProgrammeDocument document = null;
        JsonParser p = null;
        try {
            p = source.open();
            Reading r = new Reading(p, state);
            JsonToken first = p.nextToken();
            if (first == null) {
                state.add("", p.currentLocation(), Problem.SYNTAX, "document is empty");
            } else {
                document = ModelCodecs.INSTANCE.document.read(r);
                if (p.nextToken() != null) {
                    state.add("", p.currentTokenLocation(), Problem.TRAILING_CONTENT,
                            "unexpected content after the document's root value");
                }
            }
        } catch (ReadState.TooManyProblems e) {
            TokenStreamLocation location = p.currentLocation();
            state.problems.add(new Problem("", Problem.TOO_MANY_PROBLEMS, "reading stopped after "
                    + limits.maxProblems() + " problems", location.getLineNr(), location.getColumnNr()));
        } catch (JacksonIOException e) {
            if (inMemory || e.getCause() instanceof java.io.CharConversionException
                    || String.valueOf(e.getMessage()).contains("UCS-4")) {
                // bytes that look like UTF-16 or UTF-32 to encoding detection but are not valid in it
                state.problems.add(new Problem(p == null ? "" : safePointer(p), Problem.INVALID_ENCODING,
                        "document is not valid UTF-8: " + firstLine(String.valueOf(e.getCause() == null
                                ? e.getOriginalMessage() : e.getCause().getMessage())), 0, 0));
            } else {
                throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
            }
        } catch (StreamConstraintsException e) {
            state.problems.add(streamProblem(p, e, Problem.LIMIT_EXCEEDED));
        } catch (JacksonException e) {
            String message = String.valueOf(e.getOriginalMessage());
            String code = message.contains("UTF-8") || message.contains("UTF8") || message.contains("surrogate")
                    ? Problem.INVALID_ENCODING : Problem.SYNTAX;
            state.problems.add(streamProblem(p, e, code));
        } catch (RuntimeException e) {
            // SnakeYAML Engine reports some errors (such as its own limits) with its own exceptions
            if (format == DocumentFormat.YAML && e.getClass().getName().startsWith("org.snakeyaml")) {
                state.problems.add(new Problem(p == null ? "" : safePointer(p), Problem.SYNTAX,
                        firstLine(String.valueOf(e.getMessage())), 0, 0));
            } else {
                throw e;
            }
        } finally {
            if (p != null) {
                p.close();
            }
        }
        List<Problem> problems = state.problems;
        List<Problem> version = problems.stream()
                .filter(x -> x.code().equals(Problem.UNSUPPORTED_VERSION)).toList();
        if (!version.isEmpty()) {
            // a document of another major version: its other problems would only be noise
            throw new DocumentReadException(version);
        }
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new DocumentReadException(sorted);
        }
        if (document == null) {
            throw new IllegalStateException("document not read, yet no problem recorded");
        }
        if (validating) {
            List<Problem> violations = ConstraintProblems.of(validator().validate(document), document,
                    state.locations);
            if (!violations.isEmpty()) {
                throw new DocumentReadException(violations);
            }
        }
        String declared = state.schemaVersion == null ? SchemaVersion.CURRENT : state.schemaVersion;
        return new ReadResult(document, declared, new UnknownProperties(state.unknownGroups));
    }

    private static Problem streamProblem(@Nullable JsonParser p, JacksonException e, String code) {
        TokenStreamLocation location = e.getLocation();
        if (location == null && p != null) {
            location = p.currentLocation();
        }
        String message = withoutSourceReference(firstLine(String.valueOf(e.getOriginalMessage())));
        return new Problem(p == null ? "" : safePointer(p), code, message,
                location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr());
    }

    /**
     * Drops Jackson's reference to the source ("start marker at [Source: REDACTED ...]"): the problem carries the line
     * and column, and the source is never echoed.
     */
    static String withoutSourceReference(String message) {
        return message.replaceAll("\\s*\\((?:start marker )?at \\[Source: [^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source: [^\\]]*\\]", "");
    }

    private static String safePointer(JsonParser p) {
        try {
            return p.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The first non-blank line of a parser's message (YAML messages may start with an empty line). */
    private static String firstLine(String message) {
        String line = "";
        for (String candidate : message.split("\n")) {
            if (!candidate.isBlank()) {
                line = candidate.strip();
                break;
            }
        }
        if (line.isEmpty() || line.equals("null")) {
            return "malformed document";
        }
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    private Validator validator() {
        if (validator != null) {
            return validator;
        }
        return DefaultValidator.get();
    }

    /** The default provider's validator, built on first use. */
    private static final class DefaultValidator {
        private static volatile @Nullable Validator instance;

        static Validator get() {
            Validator v = instance;
            if (v == null) {
                synchronized (DefaultValidator.class) {
                    v = instance;
                    if (v == null) {
                        try {
                            v = Validation.buildDefaultValidatorFactory().getValidator();
                        } catch (NoProviderFoundException e) {
                            throw new IllegalStateException("no Jakarta Validation provider found: add one such as"
                                    + " org.hibernate.validator:hibernate-validator, pass a Validator to the"
                                    + " builder, or build with validate(false)", e);
                        }
                        instance = v;
                    }
                }
            }
            return v;
        }
    }

    // ---------------------------------------------------------------------------------------------------- writing

    /**
     * Writes a document as text.
     *
     * @param document the document, not null
     * @return the text; pretty JSON ends with a line break
     */
    public String writeToString(ProgrammeDocument document) {
        return writeToString(document, null, SchemaVersion.CURRENT);
    }

    /**
     * Writes a read document back as text, with its unknown properties and declared version.
     *
     * @param read the read document, possibly edited, not null
     * @return the text
     */
    public String writeToString(ReadResult read) {
        return writeToString(read.document(), read.unknownProperties(), read.schemaVersion());
    }

    /**
     * Writes a document as UTF-8 bytes.
     *
     * @param document the document, not null
     * @return the bytes
     */
    public byte[] writeToBytes(ProgrammeDocument document) {
        // grows in segments and copies once at the end, where a ByteArrayOutputStream copies on every doubling:
        // half the memory traffic for a national document of several megabytes
        ByteArrayBuilder out = new ByteArrayBuilder();
        try {
            write(document, null, SchemaVersion.CURRENT, () -> writer.createGenerator(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes a document to a file, replacing it atomically: the file is either the old document or the new one,
     * never half written.
     *
     * @param document the document, not null
     * @param path the file, not null
     * @throws IOException if the file cannot be written
     */
    public void write(ProgrammeDocument document, Path path) throws IOException {
        Objects.requireNonNull(document, "document");
        writeAtomically(path, out -> write(document, out));
    }

    /**
     * Writes a document to a stream as UTF-8; the stream is flushed, not closed.
     *
     * @param document the document, not null
     * @param out the stream, not null
     * @throws IOException if the stream cannot be written
     */
    public void write(ProgrammeDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        write(document, null, SchemaVersion.CURRENT, () -> writer.createGenerator(out));
    }

    /**
     * Writes a document to a character stream; the stream is flushed, not closed.
     *
     * @param document the document, not null
     * @param out the stream, not null
     * @throws IOException if the stream cannot be written
     */
    public void write(ProgrammeDocument document, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        write(document, null, SchemaVersion.CURRENT, () -> writer.createGenerator(out));
    }

    /**
     * Writes a read document back to a file, with its unknown properties and declared version, replacing the file
     * atomically.
     *
     * @param read the read document, possibly edited, not null
     * @param path the file, not null
     * @throws IOException if the file cannot be written
     */
    public void write(ReadResult read, Path path) throws IOException {
        Objects.requireNonNull(read, "read");
        writeAtomically(path, out -> write(read, out));
    }

    /** Writes some content to a stream; may fail with an I/O error. */
    @FunctionalInterface
    private interface StreamContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes to a temporary file beside the target and moves it into place, so that a failed write never leaves a
     * half-written document behind, nor destroys the one that was there.
     */
    private static void writeAtomically(Path path, StreamContent content) throws IOException {
        Objects.requireNonNull(path, "path");
        Path target = path.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
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

    /**
     * Writes a read document back to a stream, with its unknown properties and declared version.
     *
     * @param read the read document, possibly edited, not null
     * @param out the stream, not null
     * @throws IOException if the stream cannot be written
     */
    public void write(ReadResult read, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        write(read.document(), read.unknownProperties(), read.schemaVersion(), () -> writer.createGenerator(out));
    }

    /**
     * Writes a read document back to a character stream, with its unknown properties and declared version.
     *
     * @param read the read document, possibly edited, not null
     * @param out the stream, not null
     * @throws IOException if the stream cannot be written
     */
    public void write(ReadResult read, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        write(read.document(), read.unknownProperties(), read.schemaVersion(), () -> writer.createGenerator(out));
    }

    private String writeToString(ProgrammeDocument document, @Nullable UnknownProperties unknowns, String version) {
        StringWriter out = new StringWriter(8192);
        try {
            write(document, unknowns, version, () -> writer.createGenerator(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Opens a generator; may fail with an I/O error. */
    @FunctionalInterface
    private interface GeneratorTarget {
        JsonGenerator open() throws IOException;
    }

    private void write(ProgrammeDocument document, @Nullable UnknownProperties unknowns, String version,
            GeneratorTarget target) throws IOException {
        Objects.requireNonNull(document, "document");
        try (JsonGenerator g = target.open()) {
            ModelCodecs.INSTANCE.document.write(document, new Writing(g, unknowns, version));
            if (pretty && format == DocumentFormat.JSON) {
                g.writeRaw('\n');
            }
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        }
    }

    // ----------------------------------------------------------------------------------------------------- schema

    /**
     * Returns the JSON Schema (draft 2020-12) of format version 1.0, whose {@code $id} is {@value #SCHEMA_ID}.
     *
     * @return the schema as JSON text
     */
    public static String jsonSchema() {
        try (InputStream in = ClimateCityDocuments.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("JSON Schema resource " + SCHEMA_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a {@link ClimateCityDocuments} facade. Not thread-safe; the facade it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private DocumentFormat format = DocumentFormat.JSON;
        private boolean strict;
        private boolean pretty = true;
        private boolean validating = true;
        private ReadLimits limits = ReadLimits.DEFAULT;
        private @Nullable Validator validator;

        private Builder() {
        }

        /**
         * Sets the format read and written; default JSON.
         *
         * @param format the format, not null
         * @return this builder
         */
        public Builder format(DocumentFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Sets strict mode: unknown properties are problems instead of being kept; default off.
         *
         * @param strict true to reject unknown properties
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets indented JSON output (two spaces, {@code \n} line breaks, final line break); default on.
         * Compact output has no white space at all. YAML is always written in block style.
         *
         * @param pretty true for indented output
         * @return this builder
         */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /**
         * Sets whether a read document's Jakarta Validation constraints are checked; default on.
         *
         * @param validate true to validate
         * @return this builder
         */
        public Builder validate(boolean validate) {
            this.validating = validate;
            return this;
        }

        /**
         * Sets the validator to use; by default the default provider's, built on first use.
         *
         * @param validator the validator, not null
         * @return this builder
         */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Sets the read limits; default {@link ReadLimits#DEFAULT}.
         *
         * @param limits the limits, not null
         * @return this builder
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Builds the facade.
         *
         * @return the facade
         * @throws IllegalStateException if YAML is asked for and the YAML module is not available
         */
        public ClimateCityDocuments build() {
            return new ClimateCityDocuments(this);
        }
    }
}
