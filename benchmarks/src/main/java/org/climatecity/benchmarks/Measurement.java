package org.climatecity.benchmarks;

import java.util.Locale;
import java.util.Objects;

/**
 * One measured quantity: a value, its error margin and its unit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the measured value, finite and not negative
 * @param error the error margin of the value (half the width of JMH's 99.9 % confidence interval for timings, the
 *     spread over repeats otherwise), finite and not negative; 0 when unknown
 * @param unit the unit, not null
 * @since 0.1.0
 */
public record Measurement(double value, double error, Unit unit) {

    /** The units that the runner prints. */
    public enum Unit {
        /** Milliseconds of wall time per operation. */
        MILLISECONDS,
        /** Bytes. */
        BYTES
    }

    /**
     * Creates a measurement.
     *
     * @param value the value, finite and not negative
     * @param error the error margin, finite and not negative (a NaN margin, as JMH gives for a single iteration,
     *     is read as 0)
     * @param unit the unit, not null
     * @throws IllegalArgumentException if the value or the margin is negative or not finite
     */
    public Measurement {
        Objects.requireNonNull(unit, "unit");
        if (Double.isNaN(error)) {
            error = 0;
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("measured value must be finite and not negative, was " + value);
        }
        if (!Double.isFinite(error) || error < 0) {
            throw new IllegalArgumentException("error margin must be finite and not negative, was " + error);
        }
    }

    /**
     * Obtains a timing in milliseconds.
     *
     * @param millis the time, in milliseconds
     * @param error the error margin, in milliseconds
     * @return the measurement
     */
    public static Measurement millis(double millis, double error) {
        return new Measurement(millis, error, Unit.MILLISECONDS);
    }

    /**
     * Obtains a size in bytes.
     *
     * @param bytes the size, in bytes
     * @param error the error margin, in bytes
     * @return the measurement
     */
    public static Measurement bytes(double bytes, double error) {
        return new Measurement(bytes, error, Unit.BYTES);
    }

    /**
     * Returns the value as a human-readable text with its unit, such as {@code 12.3 ± 0.4 ms} or {@code 5.21 MB}.
     *
     * @return the text, not null
     */
    public String format() {
        return switch (unit) {
            case MILLISECONDS -> withError(value, error) + " ms";
            case BYTES -> withError(value / 1e6, error / 1e6) + " MB";
        };
    }

    private static String withError(double value, double error) {
        String text = significant(value);
        return error > 0 ? text + " ± " + significant(error) : text;
    }

    /**
     * Formats a number with three significant digits (and at least the integer digits).
     *
     * @param value the number
     * @return the text, not null
     */
    static String significant(double value) {
        double magnitude = Math.abs(value);
        int decimals;
        if (magnitude == 0 || magnitude >= 100) {
            decimals = 0;
        } else if (magnitude >= 10) {
            decimals = 1;
        } else if (magnitude >= 1) {
            decimals = 2;
        } else {
            decimals = Math.min(6, 2 - (int) Math.floor(Math.log10(magnitude)));
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
