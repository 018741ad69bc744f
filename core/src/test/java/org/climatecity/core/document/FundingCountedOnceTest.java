package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.common.Money;
import org.climatecity.core.finance.FundingAllocation;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.programme.Support;
import org.junit.jupiter.api.Test;

class FundingCountedOnceTest {

    private final ProgrammeDocument canonical = CanonicalScenario.document();

    private ProgrammeDocument withAllocations(List<FundingAllocation> extra) {
        return DocumentEdits.initiative(canonical, parts -> {
            InvestmentPlan plan = parts.investmentPlans.get(0);
            List<FundingAllocation> allocations = new ArrayList<>(plan.allocations());
            allocations.addAll(extra);
            parts.investmentPlans.set(0, new InvestmentPlan(plan.id(), plan.name(), plan.currency(), plan.costs(),
                    allocations, plan.provenance()));
        });
    }

    @Test
    void acceptsTheCanonicalDocument() {
        assertThat(DocumentValidation.problems(canonical)).isEmpty();
    }

    @Test
    void reportsAnAllocationOfOneSourceToOneActionAndYearTwice() {
        ProgrammeDocument document = withAllocations(List.of(new FundingAllocation(CanonicalScenario.FUNDING_TUNABYGGEN,
                CanonicalScenario.ACTION_HOUSING, 2025, Money.of(1, "SEK"))));
        assertThat(DocumentValidation.problems(document)).containsExactly(of(
                "initiatives[0].investmentPlans[0].allocations[4]", "funding-counted-once",
                "funding source 'tunabyggen-own-budget' must be allocated to action"
                        + " 'energy-efficient-rental-housing' in 2025 once, already allocated by"
                        + " initiatives[0].investmentPlans[0].allocations[0]"));
    }

    @Test
    void reportsAllocationsBeyondTheSourcesAmount() {
        // Tunabyggen's budget is 30 million, 13 million of it already allocated
        ProgrammeDocument document = withAllocations(List.of(
                new FundingAllocation(CanonicalScenario.FUNDING_TUNABYGGEN, CanonicalScenario.ACTION_TRANSPORT, 2025,
                        Money.of(17_000_000, "SEK")),
                new FundingAllocation(CanonicalScenario.FUNDING_TUNABYGGEN, CanonicalScenario.ACTION_TRANSPORT, 2026,
                        Money.of(1, "SEK"))));
        assertThat(DocumentValidation.problems(document)).containsExactly(of(
                "initiatives[0].investmentPlans[0].allocations[5]", "funding-counted-once",
                "allocations of funding source 'tunabyggen-own-budget' must not exceed its amount SEK 30000000,"
                        + " reach SEK 30000001 here"));
    }

    @Test
    void reportsSupportThatStatesTheAmountOfItsFundingSourceAgainOrNamesASourceTwice() {
        ProgrammeDocument document = DocumentEdits.programme(canonical, parts -> {
            Support first = parts.support.get(0);
            parts.support.set(0, new Support(first.recipient(), first.kind(), first.description(),
                    Money.of(500_000, "SEK"), first.period(), first.funding(), null));
            Support third = parts.support.get(2);
            parts.support.set(2, new Support(third.recipient(), third.kind(), third.description(), null,
                    third.period(), CanonicalScenario.FUNDING_VIABLE_CITIES, null));
        });
        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("programmes[0].support[0].amount", "funding-counted-once", "support recorded as funding source"
                        + " 'viable-cities-funding-borlange' must take its amount from the source, not state one of"
                        + " its own"),
                of("programmes[0].support[2].funding", "funding-counted-once", "funding source"
                        + " 'viable-cities-funding-borlange' must be named by one support entry, already named by"
                        + " programmes[0].support[0]"));
    }
}
