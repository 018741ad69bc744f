package org.climatecity.core.common;

import org.climatecity.core.ClimateCityException;

/**
 * A proportion from 0 to 1, such as a 63 % reduction or a 15 % residual: the one way the model states a share, so
 * that 0.63 and 63 cannot be mixed up. Create it with {@link #of(double)} from a fraction or
 * {@link #ofPercent(double)} from a percentage; a plain {@code double} never stands for a share in this API.
 *
 * <p>Comparable by value, consistent with equals. Immutable and thread-safe.
 *
 * @param value the share, 0 to 1
 * @since 0.1.0
 */
public record Share(double value) implements Comparable<Share> {

    /** No share at all. */
    public static final Share ZERO = new Share(0);
    /** All of it. */
    public static final Share ALL = new Share(1);

    /**
     * Creates a share.
     *
     * @param value the share, 0 to 1
     * @throws ClimateCityException if the value is not a finite number from 0 to 1
     */
    public Share {
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            String hint = Double.isFinite(value) && value > 1 && value <= 100
                    ? " (a share is a fraction: " + value + " % is " + value / 100 + ")" : "";
            throw new ClimateCityException("share must be from 0 to 1" + hint + ", was " + value);
        }
        if (value == 0) {
            value = 0; // -0.0 and 0.0 are the same share
        }
    }

    /**
     * Obtains a share from a fraction, such as 0.63.
     *
     * @param fraction the fraction, 0 to 1
     * @return the share
     * @throws ClimateCityException if out of range
     */
    public static Share of(double fraction) {
        return new Share(fraction);
    }

    /**
     * Obtains a share from a percentage, such as 63.
     *
     * @param percent the percentage, 0 to 100
     * @return the share
     * @throws ClimateCityException if out of range
     */
    public static Share ofPercent(double percent) {
        if (!Double.isFinite(percent) || percent < 0 || percent > 100) {
            throw new ClimateCityException("percentage must be from 0 to 100, was " + percent);
        }
        return new Share(percent / 100);
    }

    /**
     * Returns the share as a percentage.
     *
     * @return the percentage, 0 to 100
     */
    public double percent() {
        return value * 100;
    }

    /**
     * Returns what remains: one minus this share.
     *
     * @return the complement
     */
    public Share complement() {
        return new Share(1 - value);
    }

    /**
     * Compares by value.
     *
     * @param other the other share, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Share other) {
        return Double.compare(value, other.value);
    }

    /**
     * Returns the share as a percentage, such as {@code 63%}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        double percent = percent();
        return (percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent)) + "%";
    }
}
