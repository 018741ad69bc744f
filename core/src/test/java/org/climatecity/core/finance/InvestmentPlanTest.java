package org.climatecity.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Money;
import org.climatecity.core.id.LocalId;
import org.junit.jupiter.api.Test;

class InvestmentPlanTest {

    private static final LocalId PLAN = LocalId.of("plan");
    private static final LocalId HUBS = LocalId.of("hubs");
    private static final Currency SEK = Currency.getInstance("SEK");

    @Test
    void addsCapitalAndOperatingCosts() {
        assertThat(new ActionCost(HUBS, 2025, Money.of(800, "SEK"), Money.of(50, "SEK")).total())
                .isEqualByComparingTo(BigDecimal.valueOf(850));
    }

    @Test
    void rejectsCostsInTwoCurrencies() {
        assertThatThrownBy(() -> new ActionCost(HUBS, 2025, Money.of(800, "SEK"), Money.of(50, "EUR")))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("operating cost of 'hubs' in 2025 must be in the capital cost's currency SEK, was EUR");
        assertThatThrownBy(() -> new InvestmentPlan(PLAN, "Plan", SEK,
                List.of(new ActionCost(HUBS, 2025, Money.of(800, "EUR"), Money.of(50, "EUR"))), List.of(), null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("cost of 'hubs' in 2025 must be in the currency of investment plan 'plan', SEK, was EUR");
        assertThatThrownBy(() -> new InvestmentPlan(PLAN, "Plan", SEK, List.of(),
                List.of(new FundingAllocation(LocalId.of("grant"), HUBS, 2025, Money.of(1, "EUR"))), null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("allocation of 'grant' to 'hubs' in 2025 must be in the currency of investment plan"
                        + " 'plan', SEK, was EUR");
    }

    @Test
    void rejectsTwoCostLinesOfOneActionAndYear() {
        ActionCost cost = new ActionCost(HUBS, 2025, Money.of(800, "SEK"), Money.of(50, "SEK"));
        assertThatThrownBy(() -> new InvestmentPlan(PLAN, "Plan", SEK, List.of(cost, cost), List.of(), null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("investment plan 'plan' must have one cost line per action and year, repeated 'hubs' in"
                        + " 2025");
    }

    @Test
    void rejectsMissingPartsOfASourceAndAnAllocation() {
        assertThatThrownBy(() -> new FundingSource(LocalId.of("grant"), "Grant", null, null, FundingStatus.SECURED,
                null, null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("funding instrument must not be null");
        assertThatThrownBy(() -> new FundingAllocation(LocalId.of("grant"), HUBS, 1800, Money.of(1, "SEK")))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("allocation year must be a year from 1900 to 2200, was 1800");
    }
}
