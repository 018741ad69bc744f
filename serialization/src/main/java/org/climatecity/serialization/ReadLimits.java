package org.climatecity.serialization;

import org.climatecity.core.ClimateCityException;

/**
 * Limits that protect a reader from hostile input: each is checked while streaming, so a violation is reported
 * fast and without holding the offending input in memory.
 *
 * <p>The {@linkplain #DEFAULT defaults} suit national documents of tens of megabytes:
 * nesting depth 64, document length 64 MiB (bytes or characters), string length 1 MiB (characters),
 * property-name length 256, number length 100 characters, at most 1,000 problems reported per read, and at most
 * 100,000 values held as trees.
 *
 * <p>Values held as trees are the values of unknown properties, which a read keeps to write them back, and objects
 * whose {@code "type"} is not their first property, which are held until their type is known: every object, array
 * and scalar in them counts one. They cost many times their size in memory, so the document length alone does not
 * bound a read's memory; this limit does. YAML lines are limited to four times the string length, as the time
 * SnakeYAML takes grows with the square of a line's length.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays, at least 16
 * @param maxDocumentLength the longest document in bytes (or characters for text input), at least 1024
 * @param maxStringLength the longest string value in characters, at least 1024
 * @param maxNameLength the longest property name in characters, at least 64
 * @param maxNumberLength the longest number in characters, at least 32
 * @param maxProblems the most problems collected before reading stops, at least 1
 * @param maxUnknownValues the most values held as trees (of unknown properties, and of objects whose type is not
 *     first) and ids of data sources named before {@code dataSources} declares them, at least 1024
 * @since 0.1.0
 */
public record ReadLimits(int maxNestingDepth, long maxDocumentLength, int maxStringLength, int maxNameLength,
        int maxNumberLength, int maxProblems, int maxUnknownValues) {

    /** The default limits. */
    public static final ReadLimits DEFAULT = new ReadLimits(64, 64L * 1024 * 1024, 1024 * 1024, 256, 100, 1000,
            100_000);

    /**
     * Creates limits, checking that each leaves room for a real document.
     *
     * @param maxNestingDepth the deepest nesting, at least 16
     * @param maxDocumentLength the longest document, at least 1024
     * @param maxStringLength the longest string, at least 1024
     * @param maxNameLength the longest property name, at least 64
     * @param maxNumberLength the longest number, at least 32
     * @param maxProblems the most problems, at least 1
     * @param maxUnknownValues the most values held as trees, at least 1024
     * @throws ClimateCityException if a limit is too small
     */
    public ReadLimits {
        atLeast(maxNestingDepth, 16, "max nesting depth");
        atLeast(maxDocumentLength, 1024, "max document length");
        atLeast(maxStringLength, 1024, "max string length");
        atLeast(maxNameLength, 64, "max name length");
        atLeast(maxNumberLength, 32, "max number length");
        atLeast(maxProblems, 1, "max problems");
        atLeast(maxUnknownValues, 1024, "max unknown values");
    }

    private static void atLeast(long value, long minimum, String name) {
        if (value < minimum) {
            throw new ClimateCityException(name + " must be at least " + minimum + ", was " + value);
        }
    }

    /**
     * Returns a copy with another maximum document length.
     *
     * @param bytes the longest document, at least 1024
     * @return the copy
     */
    public ReadLimits withMaxDocumentLength(long bytes) {
        return new ReadLimits(maxNestingDepth, bytes, maxStringLength, maxNameLength, maxNumberLength, maxProblems,
                maxUnknownValues);
    }

    /**
     * Returns a copy with another maximum string length.
     *
     * @param chars the longest string, at least 1024
     * @return the copy
     */
    public ReadLimits withMaxStringLength(int chars) {
        return new ReadLimits(maxNestingDepth, maxDocumentLength, chars, maxNameLength, maxNumberLength, maxProblems,
                maxUnknownValues);
    }

    /**
     * Returns a copy with another maximum nesting depth.
     *
     * @param depth the deepest nesting, at least 16
     * @return the copy
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(depth, maxDocumentLength, maxStringLength, maxNameLength, maxNumberLength, maxProblems,
                maxUnknownValues);
    }

    /**
     * Returns a copy with another maximum number of problems.
     *
     * @param count the most problems, at least 1
     * @return the copy
     */
    public ReadLimits withMaxProblems(int count) {
        return new ReadLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNameLength, maxNumberLength,
                count, maxUnknownValues);
    }

    /**
     * Returns a copy with another maximum number of values held as trees.
     *
     * @param count the most values, at least 1024
     * @return the copy
     */
    public ReadLimits withMaxUnknownValues(int count) {
        return new ReadLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNameLength, maxNumberLength,
                maxProblems, count);
    }
}
