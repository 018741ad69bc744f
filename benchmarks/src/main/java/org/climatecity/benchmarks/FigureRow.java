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
 * @param paired the ratio as measured in pairs, with its margin, when the two sides were measured alternating in one
 *     JVM ({@link PairedBenchmark}); empty when each side was measured on its own and the ratio is that of their
 *     means, not null
 * @since 0.1.0
 */
public record FigureRow(Figure figure, Measurement library, Measurement baseline, Optional<Allocation> allocation,
        Optional<PairedRatio> paired) {

    /**
     * A ratio measured in pairs: the mean of the ratios of the iterations, with the half-width of its confidence
     * interval.
     *
     * @param value the mean ratio, finite and positive
     * @param error the margin, finite and not negative (NaN, as JMH gives for one iteration, is read as 0)
     */
    public record PairedRatio(double value, double error) {

        /**
         * Creates the value.
         *
         * @param value the mean ratio
         * @param error the margin
         * @throws IllegalArgumentException if the ratio is not positive or either is not finite
         */
        public PairedRatio {
            if (Double.isNaN(error)) {
                error = 0;
            }
            if (!(value > 0 && Double.isFinite(value)) || !(error >= 0 && Double.isFinite(error))) {
                throw new IllegalArgumentException("a paired ratio must be positive and its margin not negative, were "
                        + value + " and " + error);
            }
        }
    }

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
     * @param paired the ratio measured in pairs, or empty, not null
     * @throws IllegalArgumentException if the two are in different units or the baseline is zero
     */
    public FigureRow {
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(paired, "paired");
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
        this(figure, library, baseline, Optional.empty(), Optional.empty());
    }

    /**
     * Creates a row whose sides were measured each on its own, with allocation figures.
     *
     * @param figure the figure, not null
     * @param library the library's measurement, not null
     * @param baseline the baseline's measurement, not null
     * @param allocation the bytes allocated per operation, or empty, not null
     * @throws IllegalArgumentException if the two are in different units or the baseline is zero
     */
    public FigureRow(Figure figure, Measurement library, Measurement baseline, Optional<Allocation> allocation) {
        this(figure, library, baseline, allocation, Optional.empty());
    }

    /**
     * Checks if the figure's margin is within a share of its value, so that its confidence interval is trustworthy
     * enough to judge a target by: the paired ratio's margin where the ratio was measured in pairs (each side's time
     * follows the machine's speed, their ratio should not), else both sides' margins.
     *
     * @param share the largest acceptable margin as a share of the value, such as 0.1 for ±10 %
     * @return true if the margin is at most that share of the value
     */
    public boolean withinMargin(double share) {
        if (paired.isPresent()) {
            return paired.get().error() <= share * paired.get().value();
        }
        return library.error() <= share * library.value() && baseline.error() <= share * baseline.value();
    }

    /**
     * Returns the ratio library ÷ baseline: as measured in pairs, or else the ratio of the two means.
     *
     * @return the ratio, lower is better
     */
    public double ratio() {
        return paired.map(PairedRatio::value).orElseGet(() -> library.value() / baseline.value());
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
