package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class BudgetCheckTest {

    @Test
    void borlangesTrendExceedsTheCarbonLawBudget2025To2050() {
        Trend trend = Trends.lad(BorlangeData.totals(), 2015);
        EmissionsProjection trendPath = trend.anchoredPath(2025, 2050);
        EmissionsProjection carbonLaw = TargetPaths.carbonLaw(2025, trend.anchoredValue(2025), 2050);
        BudgetCheck check = BudgetCheck.of(trendPath, carbonLaw, 2025, 2050);
        // the anchored trend is linear over 2025-2050 (it stays above zero): 26 * its mean value
        double start = 423795.83 + trend.slope();
        assertThat(check.cumulative()).isCloseTo(26 * (start + 25 * trend.slope() / 2), within(1e-3));
        double q = 1 - TargetPaths.CARBON_LAW_RATE;
        assertThat(check.budget()).isCloseTo(start * (1 - Math.pow(q, 26)) / (1 - q), within(1e-3));
        assertThat(check.withinBudget()).isFalse();
        assertThat(check.excess()).isPositive();
    }

    @Test
    void aPathBelowTheBudgetIsWithinIt() {
        EmissionsProjection path = EmissionsProjection.of(ProjectionKind.CUSTOM, 2025, 1, 1);
        EmissionsProjection budget = EmissionsProjection.of(ProjectionKind.CUSTOM, 2025, 2, 0);
        BudgetCheck check = BudgetCheck.of(path, budget, 2025, 2026);
        assertThat(check.withinBudget()).isTrue();
        assertThat(check.excess()).isEqualTo(0.0);
    }

    @Test
    void rejectsYearsOutOfOrder() {
        assertThatThrownBy(() -> new BudgetCheck(2030, 2025, 0, 0)).isInstanceOf(ClimateCityException.class)
                .hasMessage("budget last year must not be before first year 2030, was 2025");
    }
}
