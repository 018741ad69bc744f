package org.climatecity.interop.internal;

import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/** Writes CSV tables with Jackson's CSV data format: a header line, then one line per row. */
public final class CsvOutput {

    private static final CsvFactory QUOTED = CsvFactory.builder()
            .enable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS, CsvWriteFeature.ALWAYS_QUOTE_EMPTY_STRINGS).build();
    private static final CsvFactory MINIMAL = CsvFactory.builder().build();

    private CsvOutput() {
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
            generator.writeString(field);
        }
        generator.writeEndArray();
    }
}
