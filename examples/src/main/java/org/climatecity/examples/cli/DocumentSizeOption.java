package org.climatecity.examples.cli;

import java.util.Locale;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.serialization.ReadLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The option of every command that reads documents, {@code --max-document-size SIZE}: the largest document the
 * reader accepts, 64 MiB unless raised, such as {@code --max-document-size 1GiB} for a document of every municipality
 * of the EU. The limit protects a run from a file far larger than any real document; a document over it is refused
 * with a message that names this option.
 *
 * @since 0.1.0
 */
public final class DocumentSizeOption {

    @Option(names = DocumentFiles.MAX_DOCUMENT_SIZE_OPTION, paramLabel = "SIZE", converter = SizeConverter.class,
            description = "The largest document to read, in bytes or with KiB, MiB or GiB, such as 1GiB"
                    + " (default: 64MiB).")
    private long maxDocumentSize = ReadLimits.DEFAULT.maxDocumentLength();

    /**
     * Creates the option; picocli calls this.
     */
    public DocumentSizeOption() {
    }

    /**
     * Returns the reader's limits: the library's defaults with this document size.
     *
     * @return the limits, not null
     */
    public ReadLimits limits() {
        return ReadLimits.DEFAULT.withMaxDocumentLength(maxDocumentSize);
    }

    /**
     * Reads a size: a whole number of bytes, or of KiB, MiB or GiB (the unit in any case, "64MiB" or "64 MiB"), at
     * least 1 KiB.
     *
     * @param text the text, not null
     * @return the size in bytes
     * @throws CommandLine.TypeConversionException if the text is no such size
     */
    static long parseSize(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        int unitStart = 0;
        while (unitStart < trimmed.length() && Character.isDigit(trimmed.charAt(unitStart))) {
            unitStart++;
        }
        String unit = trimmed.substring(unitStart).strip();
        int shift = switch (unit) {
            case "" -> 0;
            case "kib" -> 10;
            case "mib" -> 20;
            case "gib" -> 30;
            default -> -1;
        };
        // more than 18 digits could overflow a long before the unit multiplies it
        if (unitStart == 0 || unitStart > 18 || shift < 0) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a size: give a number of bytes or"
                    + " of KiB, MiB or GiB, such as 512MiB or 2GiB");
        }
        long number = Long.parseLong(trimmed.substring(0, unitStart));
        if (number > Long.MAX_VALUE >> shift) {
            throw new CommandLine.TypeConversionException("'" + text + "' is too large a size");
        }
        long bytes = number << shift;
        if (bytes < 1024) {
            throw new CommandLine.TypeConversionException("'" + text + "' is too small: a document may be no"
                    + " smaller than 1KiB");
        }
        return bytes;
    }

    /** Converts the option's text to bytes for picocli. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {

        /** Creates the converter; picocli calls this. */
        SizeConverter() {
        }

        @Override
        public Long convert(String value) {
            return parseSize(value);
        }
    }
}
