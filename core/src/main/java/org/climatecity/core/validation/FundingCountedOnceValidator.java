package org.climatecity.core.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.finance.FundingAllocation;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Support;

/**
 * Validates {@link FundingCountedOnce}. Created by the Jakarta Validation provider; not meant to be called directly.
 *
 * @since 0.1.0
 */
public final class FundingCountedOnceValidator extends DocumentRule<FundingCountedOnce> {

    /** Creates the validator. */
    public FundingCountedOnceValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
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
        Map<String, PropertyPath> lines = new HashMap<>();
        Map<LocalId, BigDecimal> allocated = new LinkedHashMap<>();
        List<InvestmentPlan> plans = initiative.investmentPlans();
        for (int p = 0; p < plans.size(); p++) {
            List<FundingAllocation> allocations = plans.get(p).allocations();
            for (int a = 0; a < allocations.size(); a++) {
                FundingAllocation allocation = allocations.get(a);
                PropertyPath at = path.element("investmentPlans", p).element("allocations", a);
                PropertyPath first = lines.putIfAbsent(allocation.source() + " " + allocation.action() + " "
                        + allocation.year(), at);
                if (first != null) {
                    violations.add(at, "funding source '" + allocation.source() + "' must be allocated to action '"
                            + allocation.action() + "' in " + allocation.year() + " once, already allocated by "
                            + first);
                    continue;
                }
                FundingSource source = sources.get(allocation.source());
                if (source == null || source.amount() == null) {
                    continue;
                }
                if (!source.amount().currency().equals(allocation.amount().currency())) {
                    violations.add(at, "allocation of funding source '" + source.id() + "' must be in its currency "
                            + source.amount().currency() + ", was " + allocation.amount().currency());
                    continue;
                }
                BigDecimal sum = allocated.merge(source.id(), allocation.amount().amount(), BigDecimal::add);
                if (sum.compareTo(source.amount().amount()) > 0) {
                    violations.add(at, "allocations of funding source '" + source.id() + "' must not exceed its"
                            + " amount " + source.amount() + ", reach " + source.amount().currency() + " "
                            + sum.toPlainString() + " here");
                }
            }
        }
    }
}
