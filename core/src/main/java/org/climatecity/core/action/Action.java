package org.climatecity.core.action;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Money;
import org.climatecity.core.common.Provenance;
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
 * @param provenance where the fact comes from, or how it was chosen where it is assumed or illustrative; null
 *     when not stated
 * @since 0.1.0
 */
public record Action(LocalId id, String title, FieldOfAction field, List<Lever> levers, ActorId responsible,
        List<ActorId> participants, YearRange period, ActionStatus status, double expectedAnnualReduction,
        int rampUpYears, @Nullable EmissionsSector affectedSector, @Nullable Money cost, List<FundingSource> funding,
        @Nullable Provenance provenance) {

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
     * @param provenance the provenance, or null
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

    /**
     * Returns a builder of an action. By default the action is planned, pulls no lever, has no participants,
     * reaches full effect in its first year, and has no affected sector, cost or funding. Indicators that follow it are
     * kept by its {@link org.climatecity.core.programme.Initiative initiative}.
     *
     * @param id the action's id, not null
     * @param title the title, not blank
     * @param field the field of action, not null
     * @param responsible the responsible actor, not null
     * @param period the years in which it is carried out, not null
     * @return a new builder
     */
    public static Builder builder(LocalId id, String title, FieldOfAction field, ActorId responsible,
            YearRange period) {
        return new Builder(id, title, field, responsible, period);
    }

    /**
     * Builds an {@link Action}. Not thread-safe; the action it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final LocalId id;
        private final String title;
        private final FieldOfAction field;
        private final ActorId responsible;
        private final YearRange period;
        private final List<Lever> levers = new ArrayList<>();
        private final List<ActorId> participants = new ArrayList<>();
        private ActionStatus status = ActionStatus.PLANNED;
        private double expectedAnnualReduction;
        private int rampUpYears = 1;
        private @Nullable EmissionsSector affectedSector;
        private @Nullable Money cost;
        private final List<FundingSource> funding = new ArrayList<>();
        private @Nullable Provenance provenance;

        private Builder(LocalId id, String title, FieldOfAction field, ActorId responsible, YearRange period) {
            this.id = id;
            this.title = title;
            this.field = field;
            this.responsible = responsible;
            this.period = period;
        }

        /**
         * Adds levers the action pulls.
         *
         * @param lever the levers, not null
         * @return this builder
         */
        public Builder levers(Lever... lever) {
            levers.addAll(List.of(lever));
            return this;
        }

        /**
         * Adds participating actors.
         *
         * @param participant the actors, not null
         * @return this builder
         */
        public Builder participants(ActorId... participant) {
            participants.addAll(List.of(participant));
            return this;
        }

        /**
         * Sets where the action stands; default planned.
         *
         * @param value the status, not null
         * @return this builder
         */
        public Builder status(ActionStatus value) {
            this.status = value;
            return this;
        }

        /**
         * Sets the expected reduction per year at full effect, reached in equal steps over some years.
         *
         * @param tonnesCo2e the reduction per year at full effect, not negative
         * @param yearsToFullEffect the ramp-up years, 1 to 100
         * @return this builder
         */
        public Builder reduction(double tonnesCo2e, int yearsToFullEffect) {
            this.expectedAnnualReduction = tonnesCo2e;
            this.rampUpYears = yearsToFullEffect;
            return this;
        }

        /**
         * Sets the sector whose emissions the action cuts.
         *
         * @param value the sector, not null
         * @return this builder
         */
        public Builder affectedSector(EmissionsSector value) {
            this.affectedSector = value;
            return this;
        }

        /**
         * Sets the total cost.
         *
         * @param value the cost, not null
         * @return this builder
         */
        public Builder cost(Money value) {
            this.cost = value;
            return this;
        }

        /**
         * Adds a funding source.
         *
         * @param source the source, not null
         * @return this builder
         */
        public Builder funding(FundingSource source) {
            funding.add(source);
            return this;
        }

        /**
         * Sets where the action's figures come from, or that they are illustrative.
         *
         * @param value the provenance, not null
         * @return this builder
         */
        public Builder provenance(Provenance value) {
            this.provenance = value;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action
         * @throws ClimateCityException if a component is missing, repeated or out of range
         */
        public Action build() {
            return new Action(id, title, field, levers, responsible, participants, period, status,
                    expectedAnnualReduction, rampUpYears, affectedSector, cost, funding, provenance);
        }
    }
}
