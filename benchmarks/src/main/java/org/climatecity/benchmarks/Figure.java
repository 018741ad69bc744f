package org.climatecity.benchmarks;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A figure of the benchmark table: what the library is measured against and the ratio it should reach.
 *
 * <p>The ratio is always library ÷ baseline, so lower is better; a figure without a target is reported only.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the figure's name as printed, not blank
 * @param baselineName what the baseline is, as printed in the documentation, not blank
 * @param target the highest acceptable ratio, or empty when the figure is reported only
 * @since 0.1.0
 */
public record Figure(String name, String baselineName, OptionalDouble target) {

    /**
     * Creates a figure.
     *
     * @param name the name, not blank
     * @param baselineName the baseline's description, not blank
     * @param target the highest acceptable ratio, or empty
     * @throws IllegalArgumentException if a name is blank or the target is not a positive number
     */
    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baselineName, "baselineName");
        Objects.requireNonNull(target, "target");
        if (name.isBlank() || baselineName.isBlank()) {
            throw new IllegalArgumentException("figure name and baseline must not be blank");
        }
        if (target.isPresent() && !(target.getAsDouble() > 0 && Double.isFinite(target.getAsDouble()))) {
            throw new IllegalArgumentException("figure target must be a positive ratio, was " + target.getAsDouble());
        }
    }

    /**
     * Obtains a figure with a target ratio.
     *
     * @param name the name, not blank
     * @param baselineName the baseline's description, not blank
     * @param target the highest acceptable ratio, positive
     * @return the figure
     */
    public static Figure targeted(String name, String baselineName, double target) {
        return new Figure(name, baselineName, OptionalDouble.of(target));
    }

    /**
     * Obtains a figure that is reported without a target.
     *
     * @param name the name, not blank
     * @param baselineName the baseline's description, not blank
     * @return the figure
     */
    public static Figure reported(String name, String baselineName) {
        return new Figure(name, baselineName, OptionalDouble.empty());
    }
}
