package org.climatecity.core.pilot;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;

/**
 * How a scaling stage adopts a pilot over time: the fraction of its saturation share reached a number of years after
 * the stage starts. All implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface AdoptionCurve {

    /**
     * Returns the fraction of saturation reached a number of years after the start year.
     *
     * @param yearsSinceStart the year minus the stage's start year; negative before the start
     * @return the fraction, from 0 to 1; 0 before the start
     */
    double fraction(int yearsSinceStart);

    /**
     * Returns the stable name of the curve used in documents, such as {@code logistic}.
     *
     * @return the type name, not null
     */
    String typeName();

    /**
     * A straight ramp from nothing in the start year to saturation after a number of years.
     *
     * @param yearsToSaturation the years from the start to saturation, 1 to 100
     * @since 0.1.0
     */
    record Linear(int yearsToSaturation) implements AdoptionCurve {

        /**
         * Creates the curve.
         *
         * @param yearsToSaturation the years to saturation, 1 to 100
         * @throws ClimateCityException if out of range
         */
        public Linear {
            if (yearsToSaturation < 1 || yearsToSaturation > 100) {
                throw new ClimateCityException("years to saturation must be from 1 to 100, was " + yearsToSaturation);
            }
        }

        @Override
        public double fraction(int yearsSinceStart) {
            if (yearsSinceStart <= 0) {
                return 0;
            }
            return Math.min(1.0, (double) yearsSinceStart / yearsToSaturation);
        }

        /** The name of this kind in documents: {@value}. */
        public static final String TYPE_NAME = "linear";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }
    }

    /**
     * A logistic S-curve, {@code 1 / (1 + exp(-steepness * (t - midpointYears)))} from the start year on, which
     * reaches half of saturation {@code midpointYears} after the start.
     *
     * @param midpointYears the years from the start to half of saturation, greater than 0, at most 100
     * @param steepness the growth rate per year, greater than 0, at most 10
     * @since 0.1.0
     */
    record Logistic(double midpointYears, double steepness) implements AdoptionCurve {

        /**
         * Creates the curve.
         *
         * @param midpointYears the years to half of saturation
         * @param steepness the growth rate per year
         * @throws ClimateCityException if out of range
         */
        public Logistic {
            Require.finite(midpointYears, "logistic midpoint years");
            Require.finite(steepness, "logistic steepness");
            if (midpointYears <= 0 || midpointYears > 100) {
                throw new ClimateCityException("logistic midpoint years must be greater than 0 and at most 100, was "
                        + midpointYears);
            }
            if (steepness <= 0 || steepness > 10) {
                throw new ClimateCityException("logistic steepness must be greater than 0 and at most 10, was "
                        + steepness);
            }
        }

        @Override
        public double fraction(int yearsSinceStart) {
            if (yearsSinceStart < 0) {
                return 0;
            }
            return 1.0 / (1.0 + Math.exp(-steepness * (yearsSinceStart - midpointYears)));
        }

        /** The name of this kind in documents: {@value}. */
        public static final String TYPE_NAME = "logistic";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }
    }

    /**
     * A step: nothing until a delay has passed, then saturation at once.
     *
     * @param delayYears the years after the start until the step, 0 to 100
     * @since 0.1.0
     */
    record Step(int delayYears) implements AdoptionCurve {

        /**
         * Creates the curve.
         *
         * @param delayYears the delay, 0 to 100
         * @throws ClimateCityException if out of range
         */
        public Step {
            if (delayYears < 0 || delayYears > 100) {
                throw new ClimateCityException("step delay years must be from 0 to 100, was " + delayYears);
            }
        }

        @Override
        public double fraction(int yearsSinceStart) {
            return yearsSinceStart >= delayYears ? 1.0 : 0.0;
        }

        /** The name of this kind in documents: {@value}. */
        public static final String TYPE_NAME = "step";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }
    }
}
