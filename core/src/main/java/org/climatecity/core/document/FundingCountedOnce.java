package org.climatecity.core.document;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.finance.FundingAllocation;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Support;

/**
 * Checks that no funding is counted twice. Within an initiative, an investment plan's allocations never put one
 * funding source towards one action and year twice, and the allocations of a source, over all its initiative's
 * plans, do not exceed the source's amount where it states one (and are in its currency). Programme support that
 * names a funding source does not state an amount of its own, which would count the money a second time, and no two
 * support entries name the same source.
 *
 * <p>Reported at the allocation, such as {@code initiatives[0].investmentPlans[0].allocations[3]}, or at the
 * support's amount or funding: at {@code programmes[0].support[0].amount}, {@code support recorded as funding source
 * 'viable-cities-funding-borlange' must take its amount from the source, not state one of its own}.
 *
 * <p>Code {@code funding-counted-once}.
 */
final class FundingCountedOnce implements Rule {

    @Override
    public String code() {
        return "funding-counted-once";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        List<Initiative> initiatives = document.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            allocations(initiatives.get(i), PropertyPath.of("initiatives", i), violations);
        }
        Map<LocalId, PropertyPath> named = new HashMap<>();
        for (int p = 0; p < document.programmes().size(); p++) {
            List<Support> support = document.programmes().get(p).support();
            for (int s = 0; s < support.size(); s++) {
                LocalId funding = support.get(s).funding();
                if (funding == null) {
                    continue;
                }
                PropertyPath path = PropertyPath.of("programmes", p).element("support", s);
                if (support.get(s).amount() != null) {
                    violations.add(path.property("amount"), "support recorded as funding source '" + funding
                            + "' must take its amount from the source, not state one of its own");
                }
                PropertyPath first = named.putIfAbsent(funding, path);
                if (first != null) {
                    violations.add(path.property("funding"), "funding source '" + funding + "' must be named by"
                            + " one support entry, already named by " + first);
                }
            }
        }
    }

    private static void allocations(Initiative initiative, PropertyPath path, Violations violations) {
        Map<LocalId, FundingSource> sources = new HashMap<>();
        initiative.fundingSources().forEach(s -> sources.putIfAbsent(s.id(), s));
        // by source, action and year, the plan and allocation index of the first allocation; paths are built only
        // for a violation
        Map<Line, Long> lines = new HashMap<>();
        Map<LocalId, BigDecimal> allocated = new LinkedHashMap<>();
        List<InvestmentPlan> plans = initiative.investmentPlans();
        for (int p = 0; p < plans.size(); p++) {
            List<FundingAllocation> allocations = plans.get(p).allocations();
            for (int a = 0; a < allocations.size(); a++) {
                FundingAllocation allocation = allocations.get(a);
                Long first = lines.putIfAbsent(new Line(allocation.source(), allocation.action(), allocation.year()),
                        (long) p << 32 | a);
                if (first != null) {
                    violations.add(at(path, p, a), "funding source '" + allocation.source() + "' must be allocated"
                            + " to action '" + allocation.action() + "' in " + allocation.year() + " once, already"
                            + " allocated by " + at(path, (int) (first >>> 32), (int) (long) first));
                    continue;
                }
                FundingSource source = sources.get(allocation.source());
                if (source == null || source.amount() == null) {
                    continue;
                }
                if (!source.amount().currency().equals(allocation.amount().currency())) {
                    violations.add(at(path, p, a), "allocation of funding source '" + source.id() + "' must be in"
                            + " its currency " + source.amount().currency() + ", was "
                            + allocation.amount().currency());
                    continue;
                }
                BigDecimal sum = allocated.merge(source.id(), allocation.amount().amount(), BigDecimal::add);
                if (sum.compareTo(source.amount().amount()) > 0) {
                    violations.add(at(path, p, a), "allocations of funding source '" + source.id() + "' must not"
                            + " exceed its amount " + source.amount() + ", reach " + source.amount().currency() + " "
                            + sum.toPlainString() + " here");
                }
            }
        }
    }

    private static PropertyPath at(PropertyPath initiative, int plan, int allocation) {
        return initiative.element("investmentPlans", plan).element("allocations", allocation);
    }

    /** What an allocation must be the only one of: its source, action and year. */
    private record Line(LocalId source, LocalId action, int year) {
    }
}
