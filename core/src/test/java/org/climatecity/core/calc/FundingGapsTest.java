package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.finance.ActionCost;
import org.climatecity.core.finance.FundingAllocation;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.programme.Initiative;
import org.junit.jupiter.api.Test;

/** The funding gap of the canonical investment plan against figures computed by hand. */
class FundingGapsTest {

    private final Initiative initiative = CanonicalScenario.document().initiatives().get(0);
    private final InvestmentPlan plan = initiative.investmentPlans().get(0);

    private static BigDecimal millions(String value) {
        return new BigDecimal(value).movePointRight(6);
    }

    private static void assertFigures(FundingGap gap, String cost, String secured, String appliedFor, String planned,
            String unfunded, String unsecured) {
        assertThat(gap.cost()).isEqualByComparingTo(millions(cost));
        assertThat(gap.secured()).isEqualByComparingTo(millions(secured));
        assertThat(gap.appliedFor()).isEqualByComparingTo(millions(appliedFor));
        assertThat(gap.planned()).isEqualByComparingTo(millions(planned));
        assertThat(gap.gap()).isEqualByComparingTo(millions(unfunded));
        assertThat(gap.unsecured()).isEqualByComparingTo(millions(unsecured));
    }

    @Test
    void computesTheGapPerYearFromCostsAndAllocationsByStatus() {
        FundingGapReport report = FundingGaps.of(initiative, plan);
        // 2025: housing 8 + 0.5, transport 2 + 0 = 10.5; Tunabyggen 6 and Viable Cities 1, both secured
        // 2026: housing 10 + 0.5 = 10.5; Tunabyggen 7 secured, Borlänge Energi 2 applied for
        assertThat(report.byYear()).containsOnlyKeys(2025, 2026);
        assertFigures(report.byYear().get(2025), "10.5", "7", "0", "0", "3.5", "3.5");
        assertFigures(report.byYear().get(2026), "10.5", "7", "2", "0", "1.5", "3.5");
        assertThat(report.currency()).isEqualTo(Currency.getInstance("SEK"));
        assertThat(report.plan()).isEqualTo(CanonicalScenario.INVESTMENT_PLAN);
    }

    @Test
    void computesTheGapPerFieldOfActionAndInTotal() {
        FundingGapReport report = FundingGaps.of(initiative, plan);
        assertThat(report.byField()).containsOnlyKeys(FieldOfAction.BUILT_ENVIRONMENT,
                FieldOfAction.MOBILITY_AND_TRANSPORT);
        assertFigures(report.byField().get(FieldOfAction.BUILT_ENVIRONMENT), "19", "14", "2", "0", "3", "5");
        assertFigures(report.byField().get(FieldOfAction.MOBILITY_AND_TRANSPORT), "2", "0", "0", "0", "2", "2");
        assertFigures(report.total(), "21", "14", "2", "0", "5", "7");
    }

    @Test
    void countsPlannedFundingAndASurplusAsANegativeGap() {
        InvestmentPlan surplus = new InvestmentPlan(plan.id(), plan.name(), plan.currency(),
                List.of(new ActionCost(CanonicalScenario.ACTION_TRANSPORT, 2027, money(1), money(0))),
                List.of(new FundingAllocation(CanonicalScenario.FUNDING_TUNABYGGEN,
                        CanonicalScenario.ACTION_TRANSPORT, 2027, money(3))), null);
        assertFigures(FundingGaps.of(initiative, surplus).total(), "1", "3", "0", "0", "-2", "-2");
    }

    @Test
    void rejectsAPlanNamingAnUnknownActionOrSource() {
        InvestmentPlan unknownAction = new InvestmentPlan(plan.id(), plan.name(), plan.currency(),
                List.of(new ActionCost(org.climatecity.core.id.LocalId.of("nothing"), 2027, money(1), money(0))),
                List.of(), null);
        assertThatThrownBy(() -> FundingGaps.of(initiative, unknownAction)).isInstanceOf(ClimateCityException.class)
                .hasMessage("investment plan 'investment-plan-dalarna' names unknown action 'nothing'");
        InvestmentPlan unknownSource = new InvestmentPlan(plan.id(), plan.name(), plan.currency(), List.of(),
                List.of(new FundingAllocation(org.climatecity.core.id.LocalId.of("nothing"),
                        CanonicalScenario.ACTION_TRANSPORT, 2027, money(3))), null);
        assertThatThrownBy(() -> FundingGaps.of(initiative, unknownSource)).isInstanceOf(ClimateCityException.class)
                .hasMessage("investment plan 'investment-plan-dalarna' allocates unknown funding source 'nothing' of"
                        + " initiative 'klimatneutrala-borlange'");
    }

    private static org.climatecity.core.common.Money money(long millions) {
        return org.climatecity.core.common.Money.of(millions * 1_000_000, "SEK");
    }
}
