package org.climatecity.benchmarks;

import java.util.Objects;

/**
 * A row of the benchmark table: a figure with what the library and its baseline measured.
 *
 * <p>Immutable and thread-safe.
 *
 * @param figure the figure, not null
 * @param library what the library measured, not null
 * @param baseline what the baseline measured, in the same unit, not null
 * @since 0.1.0
 */
public record FigureRow(Figure figure, Measurement library, Measurement baseline) {

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
     * @throws IllegalArgumentException if the two are in different units or the baseline is zero
     */
    public FigureRow {
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
