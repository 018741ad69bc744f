package org.climatecity.core.calc;

import java.math.BigDecimal;
import org.climatecity.core.internal.Require;

/**
 * The costs of some actions against the funding allocated to them, by how certain the funding is, in the currency
 * of their investment plan.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cost the capital and operating costs, not null
 * @param secured the funding allocated from secured sources, not null
 * @param appliedFor the funding allocated from sources applied for, not null
 * @param planned the funding allocated from planned sources, not null
 * @since 0.1.0
 */
public record FundingGap(BigDecimal cost, BigDecimal secured, BigDecimal appliedFor, BigDecimal planned) {

    /** No cost and no funding. */
    public static final FundingGap NONE = new FundingGap(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    /**
     * Creates the figures.
     *
     * @param cost the cost, not null
     * @param secured the secured funding, not null
     * @param appliedFor the funding applied for, not null
     * @param planned the planned funding, not null
     * @throws org.climatecity.core.ClimateCityException if a value is missing
     */
    public FundingGap {
        Require.nonNull(cost, "cost");
        Require.nonNull(secured, "secured funding");
        Require.nonNull(appliedFor, "funding applied for");
        Require.nonNull(planned, "planned funding");
    }

    /**
     * Returns all funding allocated, whatever its status.
     *
     * @return secured, applied for and planned together
     */
    public BigDecimal funded() {
        return secured.add(appliedFor).add(planned);
    }

    /**
     * Returns the gap: the cost that no funding, secured, applied for or planned, covers; negative when more is
     * allocated than the actions cost.
     *
     * @return cost minus all funding
     */
    public BigDecimal gap() {
        return cost.subtract(funded());
    }

    /**
     * Returns the cost that secured funding does not cover; negative when secured funding exceeds the cost.
     *
     * @return cost minus secured funding
     */
    public BigDecimal unsecured() {
        return cost.subtract(secured);
    }

    /**
     * Returns the sum of these figures and others.
     *
     * @param other the other figures, not null
     * @return the sums
     */
    public FundingGap plus(FundingGap other) {
        return new FundingGap(cost.add(other.cost), secured.add(other.secured), appliedFor.add(other.appliedFor),
                planned.add(other.planned));
    }
}
