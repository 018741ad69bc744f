package org.climatecity.interop.emissions;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.interop.ImportLimits;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * Reads long-format municipal emissions, one row per municipality, year and sector, as in the Swedish national
 * emissions database (SMHI, Nationella emissionsdatabasen) compiled by Klimatkollen:
 *
 * <pre>
 * municipality_code,year,sector,tonnes_co2e
 * 2081,2024,Transporter,98765.43
 * </pre>
 *
 * <p>The input is CSV text in UTF-8; a byte-order mark before the header is allowed. The header must be exactly
 * {@link #HEADER}. Each row must have four columns: a four-digit municipality code, a year from 1900 to 2200, a sector
 * given by its published Swedish label ({@code Transporter}) or its id ({@code se:domestic-transport}), and finite
 * tonnes CO2e (negative for net removals). A municipality, year and sector may appear once. Blank lines are skipped.
 * Every problem is reported with its line number (1 is the header), and nothing is dropped silently: a file with
 * problems gives its problems, and callers decide to stop.
 *
 * <p>The input is streamed with Jackson's CSV format, so quoted fields (with commas or line breaks) are read correctly
 * and memory stays bounded by the {@linkplain #DEFAULT_LIMITS limits}: a field longer than the limit, an input longer
 * than the limit (such as {@code /dev/zero}), more rows or more problems than the limits each end reading with a
 * problem that says so. Input that is not UTF-8 text ends reading with a problem too. A file that cannot be opened or read (it does not exist, it
 * is a directory, permission is denied) is not a problem of its content: it throws {@link UncheckedIOException}.
 *
 * <p>The class is thread-safe.
 *
 * @since 0.1.0
 */
public final class EmissionsCsv {

    /** The required header columns. */
    public static final List<String> HEADER = List.of("municipality_code", "year", "sector", "tonnes_co2e");

    private static final String HEADER_TEXT = String.join(",", HEADER);
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;
    /** The fields kept of a header that is not {@link #HEADER}, to show it in the problem. */
    private static final int HEADER_FIELDS_SHOWN = 8;
    
    private EmissionsCsv() {
    }

    /**
     * The default limits: inputs up to 128 MiB (bytes, or characters for text input), fields up to 1,000 characters,
     * up to 1,000,000 data rows (the embedded reference data has 26,100), and up to 1,000 problems.
     *
     * @since 0.1.0
     */
    public static final ImportLimits DEFAULT_LIMITS = new ImportLimits(128L * 1024 * 1024, 1000, 1_000_000, 1000);
    private static final CsvFactory DEFAULT_FACTORY = factory(DEFAULT_LIMITS);

    /**
     * One valid row. Immutable and thread-safe.
     *
     * @param line the line number in the input where the row starts, the header being line 1
     * @param municipality the municipality code, not null
     * @param year the year, from 1900 to 2200
     * @param sector the sector, not null
     * @param tonnesCo2e the emissions in tonnes CO2e, finite
     * @since 0.1.0
     */
    public record Row(int line, MunicipalityCode municipality, int year, EmissionsSector sector, double tonnesCo2e) {

        /**
         * Creates a row.
         *
         * @param line the line number, at least 2
         * @param municipality the code, not null
         * @param year the year, from 1900 to 2200
         * @param sector the sector, not null
         * @param tonnesCo2e the emissions, finite
         * @throws ClimateCityException if the line, year or emissions are out of range
         */
        public Row {
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(sector, "sector");
            if (line < 2) {
                throw new ClimateCityException("row line must be at least 2 (line 1 is the header), was " + line);
            }
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new ClimateCityException("year must be from 1900 to 2200, was " + year);
            }
            if (!Double.isFinite(tonnesCo2e)) {
                throw new ClimateCityException("tonnes CO2e must be a finite number, was " + tonnesCo2e);
            }
        }
    }

    /**
     * A problem in the input, with its line. Immutable and thread-safe.
     *
     * @param line the line number, the header being line 1
     * @param message what is wrong, naming the bad value, not null
     * @since 0.1.0
     */
    public record Problem(int line, String message) {

        /**
         * Creates a problem.
         *
         * @param line the line number, at least 1
         * @param message the message, not null
         * @throws ClimateCityException if the line is below 1
         */
        public Problem {
            Objects.requireNonNull(message, "message");
            if (line < 1) {
                throw new ClimateCityException("problem line must be at least 1, was " + line);
            }
        }

        /**
         * Returns the problem as {@code line 12: year must be ...}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    /**
     * What was read: the valid rows in input order and the problems found. Immutable and thread-safe.
     *
     * @param rows the valid rows, not null
     * @param problems the problems in line order, not null; empty when the whole input is valid
     * @since 0.1.0
     */
    public record Result(List<Row> rows, List<Problem> problems) {

        /**
         * Creates a result.
         *
         * @param rows the rows, not null
         * @param problems the problems, not null
         */
        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        /**
         * Checks if the input had no problems.
         *
         * @return true if there are no problems
         */
        public boolean isValid() {
            return problems.isEmpty();
        }

        /**
         * Returns each municipality's emissions summed over sectors per year, ordered by code.
         *
         * @return an unmodifiable map of code to yearly totals
         */
        public SortedMap<MunicipalityCode, YearlySeries> totalsByMunicipality() {
            Map<MunicipalityCode, YearlySeries.Builder> builders = new TreeMap<>();
            for (Row row : rows) {
                builders.computeIfAbsent(row.municipality(), code -> YearlySeries.builder())
                        .add(row.year(), row.tonnesCo2e());
            }
            SortedMap<MunicipalityCode, YearlySeries> totals = new TreeMap<>();
            builders.forEach((code, builder) -> totals.put(code, builder.build()));
            return Collections.unmodifiableSortedMap(totals);
        }
    }

    /**
     * Reads a UTF-8 file with the {@linkplain #DEFAULT_LIMITS default limits}.
     *
     * @param file the file, not null
     * @return the rows and problems
     * @throws UncheckedIOException if the file does not exist, is a directory or cannot be read; its message says
     *         which, as {@code cannot read FILE: it does not exist}
     */
    public static Result read(Path file) {
        return read(file, DEFAULT_LIMITS);
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param file the file, not null
     * @param limits the limits, not null
     * @return the rows and problems
     * @throws UncheckedIOException if the file does not exist, is a directory or cannot be read; its message says
     *         which, as {@code cannot read FILE: it does not exist}
     */
    public static Result read(Path file, ImportLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        // a directory opens on some systems and fails only when read, with the system's wording
        if (Files.isDirectory(file)) {
            throw new UncheckedIOException("cannot read " + file + ": it is a directory, not a file",
                    new IOException(file + " is a directory"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(factory -> factory.createParser(ObjectReadContext.empty(), limited(in, limits)), limits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + describe(e), e);
        }
    }

    /**
     * Reads UTF-8 bytes with the {@linkplain #DEFAULT_LIMITS default limits}; the stream is not closed.
     *
     * @param in the bytes, not null
     * @return the rows and problems
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Result read(InputStream in) {
        return read(in, DEFAULT_LIMITS);
    }

    /**
     * Reads UTF-8 bytes; the stream is not closed.
     *
     * @param in the bytes, not null
     * @param limits the limits, not null
     * @return the rows and problems
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Result read(InputStream in, ImportLimits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        try {
            return parse(factory -> factory.createParser(ObjectReadContext.empty(), limited(in, limits)), limits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + describe(e), e);
        }
    }

    /**
     * Reads text with the {@linkplain #DEFAULT_LIMITS default limits}; the reader is not closed.
     *
     * @param reader the text, not null
     * @return the rows and problems
     * @throws UncheckedIOException if the reader fails
     */
    public static Result read(Reader reader) {
        return read(reader, DEFAULT_LIMITS);
    }

    /**
     * Reads text; the reader is not closed. A byte-order mark (U+FEFF) before the header is skipped.
     *
     * @param reader the text, not null
     * @param limits the limits, not null
     * @return the rows and problems
     * @throws UncheckedIOException if the reader fails
     */
    public static Result read(Reader reader, ImportLimits limits) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(limits, "limits");
        try {
            return parse(factory -> factory.createParser(ObjectReadContext.empty(), limited(reader, limits)), limits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + describe(e), e);
        }
    }

    private static CsvFactory factory(ImportLimits limits) {
        if (limits.equals(DEFAULT_LIMITS) && DEFAULT_FACTORY != null) {
            return DEFAULT_FACTORY;
        }
        return CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limits.maxFieldLength())
                        .build())
                // callers own the streams they pass
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /**
     * Parses the whole input; I/O failures other than bad encoding are rethrown for the caller to name. The parser is
     * created inside, as creating it reads the first bytes.
     */
    private static Result parse(Function<CsvFactory, JsonParser> open, ImportLimits limits) throws IOException {
        Reading reading = new Reading(limits);
        try (JsonParser parser = open.apply(factory(limits))) {
            reading.readAll(parser);
        } catch (StreamConstraintsException e) {
            reading.stop("a field is longer than " + count(limits.maxFieldLength()) + " characters, the limit; is"
                    + " this a CSV file of emissions?");
        } catch (JacksonIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof TooLong) {
                reading.stop("input is longer than " + count(limits.maxDocumentLength()) + " " + cause.getMessage()
                        + ", the limit; is this a CSV file of emissions?");
            } else if (cause instanceof NotUtf8 notUtf8) {
                reading.stopAt(notUtf8.line, "input is not UTF-8 text: " + notUtf8.getMessage() + " cannot be"
                        + " decoded; an emissions file must be CSV in UTF-8");
            } else if (cause instanceof CharacterCodingException) {
                reading.stop("input cannot be decoded as text: " + describe(cause));
            } else {
                throw cause;
            }
        } catch (JacksonException e) {
            reading.stop("is not valid CSV: " + e.getOriginalMessage());
        }
        return new Result(reading.rows, reading.problems);
    }

    /** The state of one read: what was found so far, and where. */
    private static final class Reading {
        private final ImportLimits limits;
        private final List<Row> rows = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<Key, Integer> firstLineOfKey = new HashMap<>();
        private final String[] fields = new String[Math.max(HEADER.size(), HEADER_FIELDS_SHOWN)];
        private int line = 1;
        private int dataRows;
        private boolean stopped;

        Reading(ImportLimits limits) {
            this.limits = limits;
        }

        void readAll(JsonParser parser) {
            boolean header = true;
            JsonToken token;
            while (!stopped && (token = parser.nextToken()) != null) {
                if (token != JsonToken.START_ARRAY) {
                    continue;
                }
                // the row's line is where its first field is; the array token itself lags behind
                line = Math.max(1, parser.currentLocation().getLineNr());
                int count = 0;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    if (count == 0) {
                        line = Math.max(1, parser.currentTokenLocation().getLineNr());
                    }
                    if (count < fields.length) {
                        fields[count] = parser.getString();
                    }
                    count++;
                }
                if (count == 0 || count == 1 && fields[0].isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    checkHeader(count);
                } else if (++dataRows > limits.maxRows()) {
                    stop("input has more than " + count(limits.maxRows()) + " rows, the limit");
                } else {
                    row(count);
                }
            }
            if (header && !stopped) {
                problem("header must be " + HEADER_TEXT + ", was an empty input");
            }
        }

        private void checkHeader(int count) {
            // text input keeps a byte-order mark that a byte stream's decoder drops
            if (fields[0].startsWith("\uFEFF")) {
                fields[0] = fields[0].substring(1);
            }
            List<String> found = Arrays.asList(fields).subList(0, Math.min(count, fields.length));
            if (found.equals(HEADER)) {
                return;
            }
            String shown = String.join(",", found);
            stop("header must be " + HEADER_TEXT + ", was " + Texts.oneLine(shown + (count > fields.length ? ",..." : "")));
        }

        private void row(int count) {
            if (count != HEADER.size()) {
                problem("row must have " + HEADER.size() + " columns, had " + count);
                return;
            }
            int before = problems.size();
            MunicipalityCode code = null;
            try {
                code = MunicipalityCode.of(fields[0].strip());
            } catch (ClimateCityException e) {
                problem(e.getMessage());
            }
            int year = 0;
            try {
                year = Integer.parseInt(fields[1].strip());
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    problem("year must be from 1900 to 2200, was " + year);
                }
            } catch (NumberFormatException e) {
                problem("year must be a whole number, was '" + Texts.oneLine(fields[1]) + "'");
            }
            EmissionsSector sector = sector(fields[2].strip());
            if (sector == null) {
                problem("sector must be a Swedish main sector label or a sector id, was '" + Texts.oneLine(fields[2]) + "'");
            }
            double tonnes = 0;
            try {
                tonnes = Double.parseDouble(fields[3].strip());
                if (!Double.isFinite(tonnes)) {
                    problem("tonnes CO2e must be a finite number, was '" + Texts.oneLine(fields[3]) + "'");
                }
            } catch (NumberFormatException e) {
                problem("tonnes CO2e must be a number, was '" + Texts.oneLine(fields[3]) + "'");
            }
            if (problems.size() > before || code == null || sector == null) {
                return;
            }
            Integer first = firstLineOfKey.putIfAbsent(new Key(code, year, sector), line);
            if (first != null) {
                problem("municipality " + code.value() + ", year " + year + " and sector '" + Texts.oneLine(fields[2].strip())
                        + "' repeat line " + first);
                return;
            }
            rows.add(new Row(line, code, year, sector, tonnes));
        }

        private void problem(String message) {
            if (stopped) {
                return;
            }
            if (problems.size() == limits.maxProblems()) {
                stop("stopped reading after " + count(limits.maxProblems()) + " problems");
                return;
            }
            problems.add(new Problem(line, message));
        }

        /** Records a last problem and ends reading. */
        void stop(String message) {
            stopAt(line, message);
        }

        /** Records a last problem on a line and ends reading. */
        void stopAt(int at, String message) {
            if (!stopped) {
                problems.add(new Problem(at, message));
                stopped = true;
            }
        }
    }

    /** What may appear once: a municipality, year and sector. */
    private record Key(MunicipalityCode municipality, int year, EmissionsSector sector) {
    }

    private static @Nullable EmissionsSector sector(String text) {
        for (SwedishMainSector sector : SwedishMainSector.values()) {
            if (sector.label().equals(text)) {
                return sector;
            }
        }
        try {
            return EmissionsSector.parse(text);
        } catch (ClimateCityException e) {
            return null;
        }
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * Describes why a file cannot be read, in words: the JDK's messages for a missing file or a denied permission are
     * the bare path.
     */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static InputStream limited(InputStream in, ImportLimits limits) {
        return new CheckedInput(in, limits.maxDocumentLength());
    }

    private static Reader limited(Reader reader, ImportLimits limits) {
        return new LimitedReader(reader, limits.maxDocumentLength());
    }

    /** Signals that the input passed the document length limit; its message is the unit. */
    private static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(String unit) {
            super(unit);
        }
    }

    /** Signals bytes that are not UTF-8, with where they are. */
    private static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;

        NotUtf8(int line, long offset, int badByte) {
            super(String.format(Locale.ROOT, "byte 0x%02x at offset %d", badByte, offset));
            this.line = line;
        }
    }

    /**
     * Passes bytes on while checking them: it counts them against the length limit, and decodes them as UTF-8 to
     * report the line and offset of the first bytes that are not UTF-8, which Jackson's decoder does not give.
     */
    private static final class CheckedInput extends FilterInputStream {
        private final long limit;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer decoded = CharBuffer.allocate(8192);
        /** The start of a sequence that the last chunk cut off, at most 3 bytes. */
        private byte[] pending = new byte[0];
        private long offset;
        private int line = 1;
        private boolean afterCarriageReturn;

        CheckedInput(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            int n = super.read(buffer, from, length);
            if (n < 0) {
                if (pending.length > 0) {
                    throw new NotUtf8(line, offset - pending.length, pending[0] & 0xff);
                }
                return n;
            }
            if (offset + n > limit) {
                throw new TooLong("bytes");
            }
            check(buffer, from, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Jackson never skips; skipped bytes could not be checked
            byte[] sink = new byte[(int) Math.min(n, 8192)];
            int read = read(sink, 0, sink.length);
            return Math.max(read, 0);
        }

        private void check(byte[] buffer, int from, int n) throws NotUtf8 {
            ByteBuffer bytes;
            if (pending.length == 0) {
                bytes = ByteBuffer.wrap(buffer, from, n);
            } else {
                bytes = ByteBuffer.allocate(pending.length + n).put(pending).put(buffer, from, n).flip();
            }
            long start = offset - pending.length;
            int first = bytes.position();
            while (true) {
                CoderResult result = decoder.decode(bytes, decoded, false);
                decoded.clear();
                if (result.isError()) {
                    int bad = bytes.position();
                    countLines(bytes, first, bad);
                    throw new NotUtf8(line, start + bad - first, bytes.get(bad) & 0xff);
                }
                if (result.isUnderflow()) {
                    break;
                }
            }
            countLines(bytes, first, bytes.position());
            pending = new byte[bytes.remaining()];
            bytes.get(pending);
            offset += n;
        }

        /** Counts line breaks as Jackson does: LF, CR LF and a lone CR each end a line. */
        private void countLines(ByteBuffer bytes, int from, int to) {
            byte[] array = bytes.array();
            int base = bytes.arrayOffset();
            for (int i = base + from; i < base + to; i++) {
                byte b = array[i];
                if (b == '\n') {
                    if (!afterCarriageReturn) {
                        line++;
                    }
                    afterCarriageReturn = false;
                } else if (b == '\r') {
                    line++;
                    afterCarriageReturn = true;
                } else {
                    afterCarriageReturn = false;
                }
            }
        }
    }

    /** Counts characters and fails once there are more than the limit. */
    private static final class LimitedReader extends FilterReader {
        private long remaining;

        LimitedReader(Reader in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                consume(1);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                consume(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            consume(skipped);
            return skipped;
        }

        private void consume(long n) throws TooLong {
            remaining -= n;
            if (remaining < 0) {
                throw new TooLong("characters");
            }
        }
    }
}
