package org.climatecity.benchmarks;

import java.util.Objects;
import java.util.Optional;

/**
 * A row of the benchmark table: a figure with what the library and its baseline measured.
 *
 * <p>Immutable and thread-safe.
 *
 * @param figure the figure, not null
 * @param library what the library measured, not null
 * @param baseline what the baseline measured, in the same unit, not null
 * @param allocation the bytes that the library's and the baseline's operations allocate, printed beside a timing;
 *     empty when not measured, not null
 * @since 0.1.0
 */
public record FigureRow(Figure figure, Measurement library, Measurement baseline, Optional<Allocation> allocation) {

    /**
     * The bytes allocated per operation by the library and by the baseline (JMH's {@code gc.alloc.rate.norm}).
     *
     * @param library the library's bytes per operation, finite and not negative
     * @param baseline the baseline's bytes per operation, finite and not negative
     */
    public record Allocation(double library, double baseline) {

        /**
         * Creates the value.
         *
         * @param library the library's bytes per operation
         * @param baseline the baseline's bytes per operation
         * @throws IllegalArgumentException if either is negative or not finite
         */
        public Allocation {
            if (!(library >= 0 && Double.isFinite(library)) || !(baseline >= 0 && Double.isFinite(baseline))) {
                throw new IllegalArgumentException("bytes allocated must be finite and not negative, were " + library
                        + " and " + baseline);
            }
        }

        /**
         * Returns the two as text, such as {@code 28.5 / 26.6 MB}.
         *
         * @return the text, not null
         */
        public String format() {
            return Measurement.significant(library / 1e6) + " / " + Measurement.significant(baseline / 1e6) + " MB";
        }
    }

    /** The status of a figure whose ratio is at most its target. */
    public static final String MET = "met";
    /** The status of a figure whose ratio is above its target. */
    public static final String MISSED = "MISSED";
    /** The status of a figure without a target. */
    public static final String REPORT = "report";

    /**
     * Creates a row.
     *
     * @param figure the figure, not null
     * @param library the library's measurement, not null
     * @param baseline the baseline's measurement, not null
     * @param allocation the bytes allocated per operation, or empty, not null
     * @throws IllegalArgumentException if the two are in different units or the baseline is zero
     */
    public FigureRow {
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(baseline, "baseline");
        if (library.unit() != baseline.unit()) {
            throw new IllegalArgumentException("library and baseline of '" + figure.name()
                    + "' must be in one unit, were " + library.unit() + " and " + baseline.unit());
        }
        if (baseline.value() == 0) {
            throw new IllegalArgumentException("baseline of '" + figure.name() + "' must not be zero");
        }
    }

    /**
     * Creates a row without allocation figures.
     *
     * @param figure the figure, not null
     * @param library the library's measurement, not null
     * @param baseline the baseline's measurement, not null
     * @throws IllegalArgumentException if the two are in different units or the baseline is zero
     */
    public FigureRow(Figure figure, Measurement library, Measurement baseline) {
        this(figure, library, baseline, Optional.empty());
    }

    /**
     * Checks if the library's margin is within a share of its value: JMH's confidence interval is trustworthy enough
     * to judge a target by.
     *
     * @param share the largest acceptable margin as a share of the value, such as 0.1 for ±10 %
     * @return true if the margin is at most that share of the value
     */
    public boolean withinMargin(double share) {
        return library.error() <= share * library.value() && baseline.error() <= share * baseline.value();
    }

    /**
     * Returns the ratio library ÷ baseline.
     *
     * @return the ratio, lower is better
     */
    public double ratio() {
        return library.value() / baseline.value();
    }

    /**
     * Returns the status: {@value #MET} when the ratio is at most the target, {@value #MISSED} when above it,
     * {@value #REPORT} when the figure has no target.
     *
     * @return the status, not null
     */
    public String status() {
        if (figure.target().isEmpty()) {
            return REPORT;
        }
        return ratio() <= figure.target().getAsDouble() ? MET : MISSED;
    }
}
