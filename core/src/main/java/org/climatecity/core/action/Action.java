package org.climatecity.core.action;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Money;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.time.YearRange;
import org.jspecify.annotations.Nullable;

/**
 * An action of an action plan, after the EU Climate City Contract's outline: what is done, in which field, with
 * which levers, by whom, when, at what cost and with what expected effect.
 *
 * <p>The expected effect is an annual reduction at full effect, reached in equal steps over {@code rampUpYears} from
 * the first year of the period: with 3 ramp-up years an action delivers 1/3, 2/3 and then all of it. The effect lasts
 * beyond the period (a heat pump keeps saving after it is installed). Immutable and thread-safe.
 *
 * @param id the action's id, not null
 * @param title the title, not blank
 * @param field the field of action, not null
 * @param levers the levers it pulls, not null, no repeats
 * @param responsible the responsible actor, not null
 * @param participants other participating actors, not null, no repeats
 * @param period the years in which the action is carried out, not null
 * @param status where it stands, not null
 * @param expectedAnnualReduction the reduction per year at full effect, in tonnes CO2e, not negative
 * @param rampUpYears the years to full effect, at least 1
 * @param affectedSector the sector whose emissions it cuts, or null
 * @param cost the total cost, or null when not known
 * @param funding the funding sources, not null
 * @param indicators the indicators followed, not null
 * @since 0.1.0
 */
public record Action(LocalId id, String title, FieldOfAction field, List<Lever> levers, ActorId responsible,
        List<ActorId> participants, YearRange period, ActionStatus status, double expectedAnnualReduction,
        int rampUpYears, @Nullable EmissionsSector affectedSector, @Nullable Money cost, List<FundingSource> funding,
        List<Indicator> indicators) {

    /**
     * Creates an action.
     *
     * @param id the id, not null
     * @param title the title, not blank
     * @param field the field, not null
     * @param levers the levers, not null
     * @param responsible the responsible actor, not null
     * @param participants the participants, not null
     * @param period the period, not null
     * @param status the status, not null
     * @param expectedAnnualReduction the reduction at full effect, not negative
     * @param rampUpYears the ramp-up years, at least 1
     * @param affectedSector the sector, or null
     * @param cost the cost, or null
     * @param funding the funding sources, not null
     * @param indicators the indicators, not null
     * @throws ClimateCityException if a component is missing, repeated or out of range
     */
    public Action {
        Require.nonNull(id, "action id");
        title = Require.text(title, "action title");
        Require.nonNull(field, "field of action");
        levers = Require.distinctList(levers, "levers");
        Require.nonNull(responsible, "responsible actor");
        participants = Require.distinctList(participants, "participants");
        Require.nonNull(period, "action period");
        Require.nonNull(status, "action status");
        Require.nonNegative(expectedAnnualReduction, "expected annual reduction");
        if (rampUpYears < 1 || rampUpYears > 100) {
            throw new ClimateCityException("ramp-up years must be from 1 to 100, was " + rampUpYears);
        }
        funding = Require.list(funding, "funding");
        indicators = Require.list(indicators, "indicators");
    }

    /**
     * Returns the reduction the action delivers in a year, ramping up in equal steps from the first year of its
     * period; its status is not considered here.
     *
     * @param year the year
     * @return the reduction in tonnes CO2e, 0 before the period starts
     */
    public double reductionIn(int year) {
        int yearsActive = year - period.first() + 1;
        if (yearsActive <= 0) {
            return 0;
        }
        return expectedAnnualReduction * Math.min(1.0, (double) yearsActive / rampUpYears);
    }
}
