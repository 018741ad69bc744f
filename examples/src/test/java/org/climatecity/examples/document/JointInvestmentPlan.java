package org.climatecity.examples.document;

import static org.climatecity.core.fixture.CanonicalScenario.AVESTA;
import static org.climatecity.core.fixture.CanonicalScenario.BORLANGE;
import static org.climatecity.core.fixture.CanonicalScenario.NATURVARDSVERKET;

import java.util.Currency;
import java.util.List;
import org.climatecity.core.common.Money;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.finance.ActionCost;
import org.climatecity.core.finance.FundingAllocation;
import org.climatecity.core.finance.FundingInstrument;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.FundingStatus;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.time.YearRange;

/**
 * The investment plan of the twin cities' joint action plan, with the funding sources it draws on besides Viable
 * Cities'. Every amount is made up, as the joint plan's actions are: the document marks the plan and each new source
 * illustrative.
 */
final class JointInvestmentPlan {

    /** The plan's id. */
    static final LocalId PLAN = LocalId.of("investment-plan-borlange-avesta");

    static final LocalId BORLANGE_BUDGET = LocalId.of("borlange-investment-budget");
    static final LocalId AVESTA_BUDGET = LocalId.of("avesta-budget");
    static final LocalId KLIMATKLIVET = LocalId.of("klimatklivet-application");
    static final LocalId GREEN_LOAN = LocalId.of("borlange-energi-green-loan");

    static final LocalId PEAK_LOAD = LocalId.of("fossil-free-peak-load-district-heating");
    static final LocalId BUSES = LocalId.of("electric-public-transport-borlange");
    static final LocalId MACHINERY = LocalId.of("fossil-free-construction-machinery");
    static final LocalId NETWORK = LocalId.of("avesta-industry-energy-network");
    static final LocalId CHARGING = LocalId.of("avesta-charging-and-mobility-hubs");

    private static final Provenance ILLUSTRATIVE = Provenance.illustrative("amounts made up to show the investment"
            + " plan and its funding gap; no joint plan of Borlänge and Avesta is published");

    private JointInvestmentPlan() {
    }

    /**
     * Returns the funding sources the plan adds to the initiative.
     *
     * @return the sources
     */
    static List<FundingSource> fundingSources() {
        return List.of(
                new FundingSource(BORLANGE_BUDGET, "Borlänge kommun's investment budget", BORLANGE,
                        FundingInstrument.OWN_BUDGET, FundingStatus.SECURED, msek(30), YearRange.of(2025, 2027),
                        ILLUSTRATIVE),
                new FundingSource(AVESTA_BUDGET, "Avesta kommun's budget for the joint plan", AVESTA,
                        FundingInstrument.OWN_BUDGET, FundingStatus.SECURED, msek(4), YearRange.of(2025, 2027),
                        ILLUSTRATIVE),
                new FundingSource(KLIMATKLIVET, "Klimatklivet investment grant", NATURVARDSVERKET,
                        FundingInstrument.GRANT, FundingStatus.APPLIED_FOR, msek(12), YearRange.of(2026, 2026),
                        ILLUSTRATIVE),
                new FundingSource(GREEN_LOAN, "Borlänge Energi's green loan", null, FundingInstrument.LOAN,
                        FundingStatus.PLANNED, msek(60), YearRange.of(2025, 2027), ILLUSTRATIVE));
    }

    /**
     * Returns the plan: costs of five of the joint plan's actions in 2025–2027 (the proposed steel study has none yet)
     * and the allocations of the sources to them.
     *
     * @return the plan
     */
    static InvestmentPlan plan() {
        List<ActionCost> costs = List.of(
                cost(PEAK_LOAD, 2025, 20, 0), cost(PEAK_LOAD, 2026, 50, 0), cost(PEAK_LOAD, 2027, 50, 0),
                cost(BUSES, 2025, 15, 1), cost(BUSES, 2026, 20, 2), cost(BUSES, 2027, 10, 2),
                cost(MACHINERY, 2026, 2, 0.5), cost(MACHINERY, 2027, 2, 0.5),
                cost(NETWORK, 2025, 0, 1.5), cost(NETWORK, 2026, 0, 2), cost(NETWORK, 2027, 0, 2),
                cost(CHARGING, 2025, 3, 0), cost(CHARGING, 2026, 6, 0), cost(CHARGING, 2027, 4, 0));
        List<FundingAllocation> allocations = List.of(
                allocation(GREEN_LOAN, PEAK_LOAD, 2025, 20), allocation(GREEN_LOAN, PEAK_LOAD, 2026, 30),
                allocation(KLIMATKLIVET, PEAK_LOAD, 2026, 10), allocation(KLIMATKLIVET, CHARGING, 2026, 2),
                allocation(BORLANGE_BUDGET, BUSES, 2025, 16), allocation(BORLANGE_BUDGET, BUSES, 2026, 10),
                allocation(BORLANGE_BUDGET, MACHINERY, 2026, 2.5),
                allocation(AVESTA_BUDGET, NETWORK, 2025, 1.5), allocation(AVESTA_BUDGET, CHARGING, 2025, 1),
                allocation(AVESTA_BUDGET, CHARGING, 2026, 1.5),
                allocation(CanonicalScenario.FUNDING_VIABLE_CITIES, NETWORK, 2026, 1));
        return new InvestmentPlan(PLAN, "Investment plan of the joint action plan Borlänge and Avesta (illustrative)",
                Currency.getInstance("SEK"), costs, allocations, ILLUSTRATIVE);
    }

    private static ActionCost cost(LocalId action, int year, double capitalMsek, double operatingMsek) {
        return new ActionCost(action, year, msek(capitalMsek), msek(operatingMsek));
    }

    private static FundingAllocation allocation(LocalId source, LocalId action, int year, double msek) {
        return new FundingAllocation(source, action, year, msek(msek));
    }

    /** Million kronor. */
    private static Money msek(double millions) {
        return Money.of(Math.round(millions * 1_000_000), "SEK");
    }
}
