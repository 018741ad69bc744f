package org.climatecity.core.calc;

/**
 * How a trend line is fitted to observed yearly values.
 *
 * @since 0.1.0
 */
public enum TrendMethod {
    /** Ordinary least squares: the line minimising the sum of squared deviations. */
    OLS,
    /**
     * Least absolute deviations (median regression): the line minimising the sum of absolute deviations, robust to
     * single outlying years; Klimatkollen's method.
     */
    LAD
}
