package org.climatecity.serialization;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.internal.OutputFiles;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.core.document.RuleViolation;
import org.climatecity.serialization.engine.ConstraintProblems;
import org.climatecity.serialization.engine.DocumentReader;
import org.climatecity.serialization.engine.DocumentReader.ParserSource;
import org.climatecity.serialization.engine.DocumentWriter;
import org.climatecity.serialization.engine.Finding;
import org.climatecity.serialization.engine.Mappers;
import org.climatecity.serialization.engine.PartialDocument;
import org.climatecity.serialization.engine.Utf8Input;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.ObjectWriter;

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
 * syntax, wrong types, malformed values, unknown names, missing properties, and every document rule of the model
 * ({@link DocumentRules}, or its Jakarta Validation constraint when a
 * {@linkplain Builder#validator(Validator) provider is given}), checked on what did bind when something did not (an
 * element of a list that failed to bind is left out, and a violation that only its absence could cause, such as a
 * reference to it, is not reported). Unknown properties are kept in the {@link ReadResult} and written back, or
 * rejected in {@linkplain Builder#strict(boolean) strict mode}. Input is bounded by {@link ReadLimits}.
 *
 * <p>Input in memory (text, bytes) is read in one pass that records no positions, and the rules are checked once on
 * the document read; only when a problem is found is it read once more, to give each problem its line and column. Input from a stream, file or reader is read once, recording positions.
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
    /** Creates the parsers reads use. */
    private final TokenStreamFactory parsers;
    /** Builds the writer on first use, under this object's lock. */
    private final Supplier<ObjectWriter> writerFactory;
    private volatile @Nullable ObjectWriter writer;
    private final DocumentReader reader;

    private ClimateCityDocuments(Builder builder) {
        this.format = builder.format;
        this.strict = builder.strict;
        this.pretty = builder.pretty;
        this.validating = builder.validating;
        this.limits = builder.limits;
        this.validator = builder.validator;
        Mappers.Limits parserLimits = new Mappers.Limits(limits.maxNestingDepth(), limits.maxDocumentLength(),
                limits.maxStringLength(), limits.maxNameLength(), limits.maxNumberLength());
        Mappers.Pair pair = format == DocumentFormat.YAML ? Mappers.yaml(parserLimits)
                : Mappers.json(parserLimits, pretty);
        this.parsers = pair.parsers();
        this.writerFactory = pair.writer();
        this.reader = new DocumentReader(strict, format == DocumentFormat.YAML, limits.maxProblems(),
                limits.maxUnknownValues());
    }

    /**
     * Returns the facade with the default options: JSON, pretty output, unknown properties kept, constraints
     * validated by {@link DocumentRules} (no Jakarta Validation provider needed), {@link ReadLimits#DEFAULT default
     * limits}.
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
            return read(() -> parsers.createParser(text), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a document from UTF-8 bytes (a byte order mark is accepted; UTF-16 and UTF-32 are an
     * {@linkplain Problem#INVALID_ENCODING invalid-encoding} problem).
     *
     * @param bytes the bytes, not null
     * @return the document with its version and unknown properties
     * @throws DocumentReadException listing every problem, if the document is not valid
     */
    public ReadResult read(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            return read(() -> parsers.createParser(Utf8Input.check(bytes)), true);
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
        return read(() -> parsers.createParser(Utf8Input.check(in)));
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
        return read(() -> parsers.createParser(reader));
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
     * Checks a document's rules, as reading does after binding: by
     * {@link DocumentRules}, or with the provider given to the builder.
     *
     * @param document the document, not null
     * @return the problems, by pointer (without positions), empty when the document is valid
     */
    public List<Problem> validate(ProgrammeDocument document) {
        Objects.requireNonNull(document, "document");
        return problems(ConstraintProblems.of(check(document), document, null));
    }

    private ReadResult read(ParserSource source) throws IOException {
        return read(source, false);
    }

    /**
     * Reads; with in-memory input every I/O error comes from decoding, so it is a problem of the document. In-memory
     * input is read without recording where objects start, and read once more, recording it, only when a rule is
     * violated or a problem lies at an object's start (the reader does that one itself): a valid document is read
     * faster, and an invalid one is located all the same.
     */
    private ReadResult read(ParserSource source, boolean inMemory) throws IOException {
        DocumentReader.Outcome outcome = reader.read(source, inMemory, validating && !inMemory);
        List<Problem> version = outcome.findings().stream()
                .filter(x -> x.code().equals(Problem.UNSUPPORTED_VERSION)).map(Problem::of).toList();
        if (!version.isEmpty()) {
            // a document of another major version: its other problems would only be noise
            throw new DocumentReadException(version);
        }
        if (!outcome.findings().isEmpty()) {
            List<Finding> all = new ArrayList<>(outcome.findings());
            PartialDocument partial = outcome.partial();
            if (validating && partial != null) {
                // every problem at once: the rules are checked on what did bind, too
                List<RuleViolation> violations = check(partial.document());
                if (!violations.isEmpty() && partial.locations() == null) {
                    // the same input gives the same partial document, now with the positions of its objects
                    partial = Objects.requireNonNull(reader.read(source, true, true).partial(), "partial");
                }
                all.addAll(ConstraintProblems.of(violations, partial));
            }
            all.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
            throw new DocumentReadException(problems(all));
        }
        ProgrammeDocument document = outcome.document();
        if (document == null) {
            throw new IllegalStateException("document not read, yet no problem recorded");
        }
        if (validating) {
            List<RuleViolation> violations = check(document);
            if (!violations.isEmpty()) {
                DocumentReader.Outcome located = outcome.locations() != null ? outcome
                        : reader.read(source, true, true);
                throw new DocumentReadException(problems(ConstraintProblems.of(violations,
                        Objects.requireNonNull(located.document(), "document"), located.locations())));
            }
        }
        String declared = outcome.declaredVersion() == null ? SchemaVersion.CURRENT : outcome.declaredVersion();
        return new ReadResult(document, declared, new UnknownProperties(outcome.kept()));
    }

    private static List<Problem> problems(List<Finding> findings) {
        List<Problem> problems = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            problems.add(Problem.of(finding));
        }
        return problems;
    }

    /** Returns the writer, built on first use: a facade that only reads never builds a mapper. */
    private ObjectWriter writer() {
        ObjectWriter w = writer;
        if (w == null) {
            synchronized (this) {
                w = writer;
                if (w == null) {
                    w = writerFactory.get();
                    writer = w;
                }
            }
        }
        return w;
    }

    /** Checks the document rules: as plain Java, or with the Jakarta Validation provider given to the builder. */
    private List<RuleViolation> check(ProgrammeDocument document) {
        return validator == null ? DocumentRules.check(document) : ConstraintProblems.of(validator.validate(document));
    }

    // ---------------------------------------------------------------------------------------------------- writing

    /**
     * Writes a document as text, built whole in memory: meant for small documents. A large one is better written to
     * a {@link #write(ProgrammeDocument, Path) file}, {@link #write(ProgrammeDocument, OutputStream) stream} or
     * {@link #write(ProgrammeDocument, Writer) writer}, which stream it.
     *
     * @param document the document, not null
     * @return the text; pretty JSON ends with a line break
     */
    public String writeToString(ProgrammeDocument document) {
        return writeToString(document, null, SchemaVersion.CURRENT);
    }

    /**
     * Writes a read document back as text, with its unknown properties and declared version, built whole in memory:
     * meant for small documents, as {@link #writeToString(ProgrammeDocument)}.
     *
     * @param read the read document, possibly edited, not null
     * @return the text
     */
    public String writeToString(ReadResult read) {
        return writeToString(read.document(), read.unknownProperties(), read.schemaVersion());
    }

    /**
     * Writes a document as UTF-8 bytes, built whole in memory: meant for small documents, as
     * {@link #writeToString(ProgrammeDocument)}.
     *
     * @param document the document, not null
     * @return the bytes
     */
    public byte[] writeToBytes(ProgrammeDocument document) {
        // grows in segments and copies once at the end, where a ByteArrayOutputStream copies on every doubling
        ByteArrayBuilder out = new ByteArrayBuilder();
        try {
            write(document, null, SchemaVersion.CURRENT, () -> writer().createGenerator(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes a document to a file, replacing it atomically and creating its folder if needed: the file is either the
     * old document or the new one, never half written. A new file gets the permissions of any new file of the
     * process; a replaced one keeps its own.
     *
     * @param document the document, not null
     * @param path the file, not null
     * @throws IOException if the file cannot be written; it is then as it was
     */
    public void write(ProgrammeDocument document, Path path) throws IOException {
        Objects.requireNonNull(document, "document");
        OutputFiles.write(path, out -> write(document, out));
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
        write(document, null, SchemaVersion.CURRENT, () -> writer().createGenerator(out));
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
        write(document, null, SchemaVersion.CURRENT, () -> writer().createGenerator(out));
    }

    /**
     * Writes a read document back to a file, with its unknown properties and declared version, replacing the file
     * atomically as {@link #write(ProgrammeDocument, Path)} does.
     *
     * @param read the read document, possibly edited, not null
     * @param path the file, not null
     * @throws IOException if the file cannot be written; it is then as it was
     */
    public void write(ReadResult read, Path path) throws IOException {
        Objects.requireNonNull(read, "read");
        OutputFiles.write(path, out -> write(read, out));
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
        write(read.document(), read.unknownProperties(), read.schemaVersion(), () -> writer().createGenerator(out));
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
        write(read.document(), read.unknownProperties(), read.schemaVersion(), () -> writer().createGenerator(out));
    }

    private String writeToString(ProgrammeDocument document, @Nullable UnknownProperties unknowns, String version) {
        StringWriter out = new StringWriter(8192);
        try {
            write(document, unknowns, version, () -> writer().createGenerator(out));
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
            DocumentWriter.write(document, unknowns == null ? null : unknowns.kept(), version, g);
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
         * Sets whether a read document's rules are checked; default on.
         *
         * @param validate true to validate
         * @return this builder
         */
        public Builder validate(boolean validate) {
            this.validating = validate;
            return this;
        }

        /**
         * Sets a Jakarta Validation provider's validator to check the document rules with. By default the rules are
         * checked as plain Java by {@link DocumentRules}, without a provider; a validator given here is used instead,
         * through the document's constraint, and reports the same problems: each violation carries its rule's code
         * and message ({@link RuleViolation#from}), user input escaped so that the provider's interpolator shows it
         * as written.
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
