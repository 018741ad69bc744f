package org.climatecity.interop;

import org.climatecity.core.ClimateCityException;

/**
 * Limits that keep reading a file of another system bounded in memory and time, whatever the input: each is checked
 * while streaming, so that a device, an endless pipe or a file many times the expected size ends in a clear error
 * before it fills the memory.
 *
 * <p>Every reader of this module takes these limits and declares its own defaults as {@code DEFAULT_LIMITS}
 * ({@link org.climatecity.interop.citycatalyst.CityCatalystImporter#DEFAULT_LIMITS},
 * {@link org.climatecity.interop.openclimate.OpenClimateImporter#DEFAULT_LIMITS},
 * {@link org.climatecity.interop.klimatkollen.KlimatkollenImporter#DEFAULT_LIMITS},
 * {@link org.climatecity.interop.emissions.EmissionsCsv#DEFAULT_LIMITS}); a caller with larger inputs raises one of
 * them with a {@code withXxx} method, as it raises the document reader's limits:
 * <pre>{@code
 * ImportLimits limits = CityCatalystImporter.DEFAULT_LIMITS.withMaxDocumentLength(1L << 30).withMaxRows(5_000_000);
 * ImportResult result = CityCatalystImporter.read(file, "BR RIO", 2022, limits);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxDocumentLength the longest file in bytes (characters for text input), at least 1024
 * @param maxFieldLength the longest CSV field or JSON string in characters, at least 64
 * @param maxRows the most data rows of one CSV table (lines after the header that are not blank), or the most
 *     elements of a JSON file's top-level array, at least 1
 * @param maxProblems the most problems collected before reading stops, at least 1; only
 *     {@link org.climatecity.interop.emissions.EmissionsCsv} stops at it, as an importer's report lists every problem
 *     of the rows it read
 * @since 0.1.0
 */
public record ImportLimits(long maxDocumentLength, int maxFieldLength, int maxRows, int maxProblems) {

    /**
     * Creates limits, checking that each leaves room for a real file.
     *
     * @param maxDocumentLength the longest file, at least 1024
     * @param maxFieldLength the longest field, at least 64
     * @param maxRows the most data rows or array elements, at least 1
     * @param maxProblems the most problems, at least 1
     * @throws ClimateCityException if a limit is too small
     */
    public ImportLimits {
        atLeast(maxDocumentLength, 1024, "max document length");
        atLeast(maxFieldLength, 64, "max field length");
        atLeast(maxRows, 1, "max rows");
        atLeast(maxProblems, 1, "max problems");
    }

    private static void atLeast(long value, long minimum, String name) {
        if (value < minimum) {
            throw new ClimateCityException(name + " must be at least " + minimum + ", was " + value);
        }
    }

    /**
     * Returns a copy with another maximum file length.
     *
     * @param length the longest file in bytes (characters for text input), at least 1024
     * @return the copy
     * @throws ClimateCityException if the limit is too small
     */
    public ImportLimits withMaxDocumentLength(long length) {
        return new ImportLimits(length, maxFieldLength, maxRows, maxProblems);
    }

    /**
     * Returns a copy with another maximum field length.
     *
     * @param chars the longest CSV field or JSON string in characters, at least 64
     * @return the copy
     * @throws ClimateCityException if the limit is too small
     */
    public ImportLimits withMaxFieldLength(int chars) {
        return new ImportLimits(maxDocumentLength, chars, maxRows, maxProblems);
    }

    /**
     * Returns a copy with another maximum number of data rows (of array elements for a JSON file).
     *
     * @param rows the most data rows or array elements, at least 1
     * @return the copy
     * @throws ClimateCityException if the limit is too small
     */
    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(maxDocumentLength, maxFieldLength, rows, maxProblems);
    }

    /**
     * Returns a copy with another maximum number of problems.
     *
     * @param problems the most problems, at least 1
     * @return the copy
     * @throws ClimateCityException if the limit is too small
     */
    public ImportLimits withMaxProblems(int problems) {
        return new ImportLimits(maxDocumentLength, maxFieldLength, maxRows, problems);
    }
}
