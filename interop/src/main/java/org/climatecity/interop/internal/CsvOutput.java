package org.climatecity.interop.internal;

import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes CSV tables with Jackson's CSV data format: a header line, then one line per row, each cell that a spreadsheet
 * would run as a formula neutralised ({@link #neutralise(String)}).
 */
public final class CsvOutput {

    private static final CsvFactory QUOTED = CsvFactory.builder()
            .enable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS, CsvWriteFeature.ALWAYS_QUOTE_EMPTY_STRINGS).build();
    private static final CsvFactory MINIMAL = CsvFactory.builder().build();
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvOutput() {
    }

    /**
     * Neutralises a cell that a spreadsheet would run as a formula, as OWASP recommends: a cell that starts with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote in front, unless it is
     * a plain number (such as {@code -5} or {@code +1.5e3}, which a spreadsheet reads as that number). So that
     * {@link #restore(String)} gives every cell back as it was, a cell that starts with a single quote followed by a
     * cell that would be neutralised gets a second one.
     *
     * @param cell the cell, not null
     * @return the cell as written
     */
    public static String neutralise(String cell) {
        return runs(cell) ? "'" + cell : cell;
    }

    /**
     * Returns a cell as it was before {@link #neutralise(String)}: drops the leading single quote of a cell whose
     * rest would have been neutralised.
     *
     * @param cell the cell as read, not null
     * @return the cell
     */
    public static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && runs(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean runs(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        if (i == cell.length() || "=+-@\t\r".indexOf(cell.charAt(i)) < 0) {
            return false;
        }
        return i > 0 || !PLAIN_NUMBER.matcher(cell).matches();
    }

    /**
     * Returns a table as CSV text.
     *
     * @param header the header
     * @param rows the rows, each as long as the header
     * @param quoteAll whether every field is quoted, as CityCatalyst writes, or only those that need it
     * @return the text, lines ending in a line feed
     */
    public static String write(List<String> header, List<List<String>> rows, boolean quoteAll) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = (quoteAll ? QUOTED : MINIMAL).createGenerator(ObjectWriteContext.empty(),
                out)) {
            row(generator, header);
            for (List<String> row : rows) {
                row(generator, row);
            }
        }
        return out.toString();
    }

    private static void row(JsonGenerator generator, List<String> fields) {
        generator.writeStartArray();
        for (String field : fields) {
            generator.writeString(neutralise(field));
        }
        generator.writeEndArray();
    }
}
