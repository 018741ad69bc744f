package org.climatecity.interop.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.climatecity.core.internal.Texts;
import org.climatecity.interop.ImportException;
import org.climatecity.interop.ImportLimits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * A CSV table read whole with Jackson's CSV data format: its header and its rows by header name, each with the line it
 * starts on. UTF-8 with or without a byte-order mark; quoted or unquoted fields; blank lines skipped; a cell
 * neutralised against formulas on export is read back as it was ({@link CsvOutput#restore(String)}).
 *
 * @param file the file's name as shown in messages
 * @param header the header's column names, in file order
 * @param rows the rows
 */
public record CsvTable(String file, List<String> header, List<Row> rows) {

    /** The longest file read by default. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** The most rows of one table by default. */
    public static final int MAX_ROWS = 100_000;
    /** The longest field by default. */
    private static final int MAX_FIELD = 1_000_000;
    /**
     * The importers' default limits, each checked while reading, so that a device or an endless pipe ends in a clear
     * error before the rows fill the memory; an importer keeps every problem, so the problem limit is not used.
     */
    public static final ImportLimits DEFAULT_LIMITS = new ImportLimits(MAX_BYTES, MAX_FIELD, MAX_ROWS, 1000);
    private static final CsvFactory FACTORY = newFactory(DEFAULT_LIMITS);
    private static volatile @Nullable Raised raised;

    /**
     * One row.
     *
     * @param line the line it starts on, the header being line 1
     * @param values the values by column name; a column the row lacks is absent
     * @param extra the number of values beyond the header's columns
     */
    public record Row(int line, Map<String, String> values, int extra) {

        /**
         * Returns a value, stripped, or the empty string when absent.
         *
         * @param column the column
         * @return the value, not null
         */
        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }

        /**
         * Returns a value as given, or null when the column is absent.
         *
         * @param column the column
         * @return the raw value
         */
        public @Nullable String raw(String column) {
            return values.get(column);
        }
    }

    /**
     * Reads a file.
     *
     * @param path the file
     * @param shown the file's name in messages
     * @return the table
     * @throws ImportException if the file is missing, a folder, unreadable, not UTF-8, not CSV or empty
     */
    public static CsvTable read(Path path, String shown) {
        return read(path, shown, DEFAULT_LIMITS);
    }

    /**
     * Reads a file within limits.
     *
     * @param path the file
     * @param shown the file's name in messages
     * @param limits the limits
     * @return the table
     * @throws ImportException if the file is missing, a folder, unreadable, not UTF-8, not CSV, empty or beyond a limit
     */
    public static CsvTable read(Path path, String shown, ImportLimits limits) {
        if (Files.isDirectory(path)) {
            throw new ImportException("cannot read " + shown + ": it is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, shown, limits);
        } catch (NoSuchFileException e) {
            throw new ImportException("cannot read " + shown + ": it does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ImportException("cannot read " + shown + ": permission denied", e);
        } catch (IOException e) {
            throw new ImportException("cannot read " + shown + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a file's bytes, checking that it is a readable file of bounded size.
     *
     * @param path the file
     * @param shown the name in messages
     * @param limits the limits, of which the document length is checked
     * @return the bytes
     * @throws ImportException if the file cannot be read or is longer than the limit
     */
    public static byte[] bytes(Path path, String shown, ImportLimits limits) {
        // an array holds at most Integer.MAX_VALUE - 8 bytes
        long max = Math.min(limits.maxDocumentLength(), Integer.MAX_VALUE - 9);
        if (Files.isDirectory(path)) {
            throw new ImportException("cannot read " + shown + ": it is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) max + 1);
            if (bytes.length > max) {
                throw new ImportException("cannot read " + shown + ": it is longer than " + count(max)
                        + " bytes, the limit");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ImportException("cannot read " + shown + ": it does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ImportException("cannot read " + shown + ": permission denied", e);
        } catch (IOException e) {
            throw new ImportException("cannot read " + shown + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decodes UTF-8 strictly, dropping a byte-order mark.
     *
     * @param bytes the bytes
     * @param shown the name in messages
     * @return the text
     * @throws ImportException if the bytes are not UTF-8
     */
    public static String utf8(byte[] bytes, String shown) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // the constructor replaces malformed input, and is much faster than a decoder that reports it: only text
        // with a replacement character is decoded again, to tell malformed input from one written as such
        try {
            if (text.indexOf('\uFFFD') >= 0) {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            }
        } catch (CharacterCodingException e) {
            throw new ImportException("cannot read " + shown + ": it is not UTF-8 text", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Parses CSV bytes.
     *
     * @param bytes the bytes
     * @param shown the name in messages
     * @return the table
     * @throws ImportException if the bytes are not UTF-8 CSV with a header
     */
    public static CsvTable parse(byte[] bytes, String shown) {
        return parse(new ByteArrayInputStream(bytes), shown, DEFAULT_LIMITS);
    }

    /**
     * Parses CSV as it is read, so that the limits hold before the input fills the memory: the bytes read (a device
     * or an endless pipe ends at the document length), the length of one field and the rows.
     */
    private static CsvTable parse(InputStream in, String shown, ImportLimits limits) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        Reader reader = reader(in, shown, limits.maxDocumentLength());
        CsvFactory factory = factory(limits);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), reader)) {
            try {
                header = rows(parser, rows, shown, limits.maxRows());
            } catch (StreamConstraintsException e) {
                throw new ImportException("cannot read " + shown + ": line " + parser.currentLocation().getLineNr()
                        + ": a field is longer than " + count(limits.maxFieldLength()) + " characters, the limit", e);
            }
        } catch (JacksonException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ImportException("cannot read " + shown + ": it is not UTF-8 text", e);
            }
            if (e.getCause() instanceof IOException io) {
                throw new ImportException("cannot read " + shown + ": " + io.getMessage(), e);
            }
            throw new ImportException("cannot read " + shown + ": it is not valid CSV: " + e.getOriginalMessage(), e);
        }
        if (header == null) {
            throw new ImportException("cannot read " + shown + ": it is empty, a CSV file with a header was expected");
        }
        return new CsvTable(shown, header, List.copyOf(rows));
    }

    /** Reads the rows into the list, returning the header, or null when there is none. */
    private static @Nullable List<String> rows(JsonParser parser, List<Row> rows, String shown, int maxRows) {
        List<String> header = null;
        Map<String, Integer> columns = null;
        JsonToken token;
        List<String> fields = new ArrayList<>();
        while ((token = parser.nextToken()) != null) {
            if (token != JsonToken.START_ARRAY) {
                continue;
            }
            fields.clear();
            int line = Math.max(1, parser.currentLocation().getLineNr());
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                if (fields.isEmpty()) {
                    line = Math.max(1, parser.currentTokenLocation().getLineNr());
                }
                String field = parser.getString();
                if (field.indexOf('\0') >= 0) {
                    throw new ImportException("cannot read " + shown + ": it is not CSV text (it holds NUL"
                            + " characters)");
                }
                fields.add(field);
            }
            if (fields.isEmpty() || fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (header == null) {
                header = fields.stream().map(String::strip).toList();
                checkHeader(header, shown);
                columns = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    columns.put(header.get(i), i);
                }
                continue;
            }
            String[] cells = new String[Math.min(fields.size(), header.size())];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = CsvOutput.restore(fields.get(i));
            }
            Map<String, String> values = new RowValues(header, columns, cells);
            if (rows.size() == maxRows) {
                throw new ImportException("cannot read " + shown + ": it has more than " + count(maxRows)
                        + " rows, the limit (line " + line + ")");
            }
            rows.add(new Row(line, values, Math.max(0, fields.size() - header.size())));
        }
        return header;
    }

    /** Decodes UTF-8 strictly as it is read, without a byte-order mark, ending at the longest file. */
    private static Reader reader(InputStream in, String shown, long maxBytes) {
        InputStream limited = new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            private void counted(int n) {
                count += n;
                if (count > maxBytes) {
                    throw new ImportException("cannot read " + shown + ": it is longer than " + count(maxBytes)
                            + " bytes, the limit");
                }
            }
        };
        // the parser reads in large blocks itself: only the first character is pushed back if it is not a BOM
        PushbackReader reader = new PushbackReader(new InputStreamReader(limited, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            int first = reader.read();
            if (first >= 0 && first != '\uFEFF') {
                reader.unread(first);
            }
        } catch (CharacterCodingException e) {
            throw new ImportException("cannot read " + shown + ": it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ImportException("cannot read " + shown + ": " + e.getMessage(), e);
        }
        return reader;
    }

    /**
     * Returns a factory whose parsers keep the field limit: the default one, or the one made last for raised limits
     * (an import reads several files with the same limits, and a factory is not cheap to make).
     */
    private static CsvFactory factory(ImportLimits limits) {
        if (limits.maxFieldLength() == DEFAULT_LIMITS.maxFieldLength()) {
            return FACTORY;
        }
        Raised last = raised;
        if (last == null || last.maxFieldLength() != limits.maxFieldLength()) {
            last = new Raised(limits.maxFieldLength(), newFactory(limits));
            raised = last;
        }
        return last.factory();
    }

    /**
     * A row's values by column name, in the header's order: the file's columns and the row's cells, so that a row
     * costs an array rather than a map of its own. Unmodifiable.
     */
    private static final class RowValues extends AbstractMap<String, String> {
        private final List<String> header;
        private final Map<String, Integer> columns;
        private final String[] cells;

        RowValues(List<String> header, Map<String, Integer> columns, String[] cells) {
            this.header = header;
            this.columns = columns;
            this.cells = cells;
        }

        @Override
        public @Nullable String get(Object column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.length ? null : cells[i];
        }

        @Override
        public boolean containsKey(Object column) {
            Integer i = columns.get(column);
            return i != null && i < cells.length;
        }

        @Override
        public int size() {
            return cells.length;
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < cells.length;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= cells.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<String, String> entry = new SimpleImmutableEntry<>(header.get(next),
                                    cells[next]);
                            next++;
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return cells.length;
                }
            };
        }

        @Override
        public boolean equals(Object other) {
            // rows of one file compare cell by cell; any other map as maps do
            return other instanceof RowValues row && row.header.equals(header) ? Arrays.equals(cells, row.cells)
                    : super.equals(other);
        }

        @Override
        public int hashCode() {
            // as a map's: the sum of its entries' hashes
            int hash = 0;
            for (int i = 0; i < cells.length; i++) {
                hash += header.get(i).hashCode() ^ cells[i].hashCode();
            }
            return hash;
        }
    }

    /** A factory made for a field limit other than the default. */
    private record Raised(int maxFieldLength, CsvFactory factory) {
    }

    private static CsvFactory newFactory(ImportLimits limits) {
        return CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limits.maxFieldLength()).build())
                .build();
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static void checkHeader(List<String> header, String shown) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty() || name.length() > 200) {
                throw new ImportException("cannot read " + shown + ": header column " + (i + 1)
                        + " is " + (name.isEmpty() ? "empty" : "longer than 200 characters") + "; is this a CSV file"
                        + " with a header?");
            }
            if (seen.put(name, i) != null) {
                throw new ImportException("cannot read " + shown + ": header names column '" + name + "' twice");
            }
        }
    }

    /**
     * Checks that the header has the columns a format requires.
     *
     * @param required the required columns
     * @param what the format's table, for the message
     * @throws ImportException naming the missing columns and the header found
     */
    public void require(Collection<String> required, String what) {
        List<String> missing = required.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException("cannot read " + file + ": header lacks column" + (missing.size() > 1 ? "s" : "")
                    + " " + quoted(missing) + " of " + what + "; the header was " + quoted(header.stream()
                            .limit(20).toList()));
        }
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + Texts.oneLine(n) + "'").toList());
    }
}
