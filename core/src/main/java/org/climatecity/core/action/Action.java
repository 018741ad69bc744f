package org.climatecity.core.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Money;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.time.YearRange;
import org.jspecify.annotations.Nullable;

/**
 * An action of an action plan, after the EU Climate City Contract's outline: what is done, in which field, with
 * which levers, by whom, when, at what cost and with what expected effect.
 *
 * <p>The expected effect is an annual reduction at full effect, reached in equal steps over {@code rampUpYears} from
 * the first year of the period: with 3 ramp-up years an action delivers 1/3, 2/3 and then all of it. The effect lasts
 * beyond the period (a heat pump keeps saving after it is installed).
 *
 * <p>The follow-up of an action is its status history, its actual start and completion and what was spent. The
 * {@code status} is the current one: where the action has a history, it must be the status of the latest change,
 * so that tools that read only {@code status} see the same as those that read the history. Immutable and thread-safe.
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
 * @param funding the funding sources of the initiative that fund the action, not null, no repeats; the amounts per
 *     year are in the initiative's investment plans
 * @param provenance where the fact comes from, or how it was chosen where it is assumed or illustrative; null
 *     when not stated
 * @param statusHistory the dated status changes, in strictly ascending dates, not null; when not empty, the last
 *     change's status is {@code status}
 * @param actualStart the day the action actually started, or null
 * @param actualCompletion the day it was actually completed, or null; not before the actual start, and only for a
 *     completed action
 * @param spent what has been spent on the action so far, or null when not reported
 * @param effect the expected effect with its uncertainty, sectors and overlaps, or null when only the single
 *     expected reduction is stated
 * @param coBenefits what the action changes besides emissions, for better or worse and for whom, not null
 * @since 0.1.0
 */
public record Action(LocalId id, String title, FieldOfAction field, List<Lever> levers, ActorId responsible,
        List<ActorId> participants, YearRange period, ActionStatus status, double expectedAnnualReduction,
        int rampUpYears, @Nullable EmissionsSector affectedSector, @Nullable Money cost, List<LocalId> funding,
        @Nullable Provenance provenance, List<StatusChange> statusHistory, @Nullable LocalDate actualStart,
        @Nullable LocalDate actualCompletion, @Nullable Money spent, @Nullable ActionEffect effect,
        List<CoBenefit> coBenefits) {

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
     * @param funding the funding sources of the initiative that fund the action, not null, no repeats; the amounts per
 *     year are in the initiative's investment plans
     * @param provenance the provenance, or null
     * @param statusHistory the status changes, not null
     * @param actualStart the actual start, or null
     * @param actualCompletion the actual completion, or null
     * @param spent what was spent, or null
     * @param effect the effect with its uncertainty, or null
     * @param coBenefits the co-benefits, not null
     * @throws ClimateCityException if a component is missing, repeated or out of range, the history is not in date
     *     order or disagrees with the status, the completion comes before the start or without completed status, or
     *     the effect is additional to the action itself
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
        funding = Require.distinctList(funding, "funding");
        statusHistory = Require.list(statusHistory, "status history");
        for (int i = 1; i < statusHistory.size(); i++) {
            LocalDate previous = statusHistory.get(i - 1).date();
            if (!statusHistory.get(i).date().isAfter(previous)) {
                throw new ClimateCityException("status changes of action '" + id
                        + "' must be in strictly ascending dates, was " + statusHistory.get(i).date() + " after "
                        + previous);
            }
        }
        if (!statusHistory.isEmpty()) {
            ActionStatus latest = statusHistory.get(statusHistory.size() - 1).status();
            if (latest != status) {
                throw new ClimateCityException("status of action '" + id + "' must be that of its latest change, "
                        + name(latest) + ", was " + name(status));
            }
        }
        Require.optionalDate(actualStart, "actual start");
        Require.optionalDate(actualCompletion, "actual completion");
        if (actualCompletion != null) {
            if (actualStart != null && actualCompletion.isBefore(actualStart)) {
                throw new ClimateCityException("actual completion of"
                        + " action '" + id + "' must not be before its actual start " + actualStart + ", was "
                        + actualCompletion);
            }
            if (status != ActionStatus.COMPLETED) {
                throw new ClimateCityException("action '" + id + "' with an actual completion must have"
                        + " status completed, was " + name(status));
            }
        }
        if (effect != null && effect.additionalTo().contains(id)) {
            throw new ClimateCityException("effect of action '" + id + "' must not be additional to the action"
                    + " itself");
        }
        coBenefits = Require.list(coBenefits, "co-benefits");
    }

    /**
     * Creates an action without a stated effect band or co-benefits: the canonical form before they were added.
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
     * @param statusHistory the status changes, not null
     * @param actualStart the actual start, or null
     * @param actualCompletion the actual completion, or null
     * @param spent what was spent, or null
     * @throws ClimateCityException as the canonical constructor
     */
    public Action(LocalId id, String title, FieldOfAction field, List<Lever> levers, ActorId responsible,
            List<ActorId> participants, YearRange period, ActionStatus status, double expectedAnnualReduction,
            int rampUpYears, @Nullable EmissionsSector affectedSector, @Nullable Money cost, List<LocalId> funding,
            @Nullable Provenance provenance, List<StatusChange> statusHistory, @Nullable LocalDate actualStart,
            @Nullable LocalDate actualCompletion, @Nullable Money spent) {
        this(id, title, field, levers, responsible, participants, period, status, expectedAnnualReduction,
                rampUpYears, affectedSector, cost, funding, provenance, statusHistory, actualStart, actualCompletion,
                spent, null, List.of());
    }

    private static String name(ActionStatus status) {
        return Texts.word(status);
    }

    /**
     * Returns a copy with another title.
     *
     * @param newTitle the title, not blank
     * @return the copy
     * @throws ClimateCityException if the title is blank
     */
    public Action withTitle(String newTitle) {
        return new Action(id, newTitle, field, levers, responsible, participants, period, status,
                expectedAnnualReduction, rampUpYears, affectedSector, cost, funding, provenance, statusHistory,
                actualStart, actualCompletion, spent, effect, coBenefits);
    }

    /**
     * Returns a copy with an expected effect.
     *
     * @param value the effect, or null for none
     * @return the copy
     */
    public Action withEffect(@Nullable ActionEffect value) {
        return new Action(id, title, field, levers, responsible, participants, period, status,
                expectedAnnualReduction, rampUpYears, affectedSector, cost, funding, provenance, statusHistory,
                actualStart, actualCompletion, spent, value, coBenefits);
    }

    /**
     * Returns a copy with other co-benefits.
     *
     * @param values the co-benefits, not null
     * @return the copy
     */
    public Action withCoBenefits(List<CoBenefit> values) {
        return new Action(id, title, field, levers, responsible, participants, period, status,
                expectedAnnualReduction, rampUpYears, affectedSector, cost, funding, provenance, statusHistory,
                actualStart, actualCompletion, spent, effect, values);
    }

    /**
     * Returns the status the action had on a date: that of the latest change on or before it.
     *
     * @param date the date, not null
     * @return the status, or empty before the first change and for an action without history
     */
    public Optional<ActionStatus> statusOn(LocalDate date) {
        ActionStatus found = null;
        for (StatusChange change : statusHistory) {
            if (!change.date().isAfter(date)) {
                found = change.status();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Returns the status changes of a calendar year, such as what changed since the previous year's follow-up.
     *
     * @param year the year
     * @return the changes dated in that year, in date order
     */
    public List<StatusChange> changesIn(int year) {
        return statusHistory.stream().filter(c -> c.date().getYear() == year).toList();
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
     * Returns a builder of an action. By default the action is planned (or has the status of its latest change), pulls
     * no lever, has no participants, reaches full effect in its first year, and has no affected sector, cost or
     * funding. Indicators that follow it are kept by its {@link org.climatecity.core.programme.Initiative initiative}.
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
        private final List<LocalId> funding = new ArrayList<>();
        private @Nullable Provenance provenance;
        private boolean statusSet;
        private final List<StatusChange> statusHistory = new ArrayList<>();
        private @Nullable LocalDate actualStart;
        private @Nullable LocalDate actualCompletion;
        private @Nullable Money spent;
        private @Nullable ActionEffect effect;
        private final List<CoBenefit> coBenefits = new ArrayList<>();

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
            this.statusSet = true;
            return this;
        }

        /**
         * Adds a dated status change; unless a status is set, the action's status is that of the latest change.
         *
         * @param change the change, not null
         * @return this builder
         */
        public Builder statusChange(StatusChange change) {
            statusHistory.add(change);
            return this;
        }

        /**
         * Sets the day the action actually started.
         *
         * @param date the day, not null
         * @return this builder
         */
        public Builder actualStart(LocalDate date) {
            this.actualStart = date;
            return this;
        }

        /**
         * Sets the day the action was actually completed.
         *
         * @param date the day, not null
         * @return this builder
         */
        public Builder actualCompletion(LocalDate date) {
            this.actualCompletion = date;
            return this;
        }

        /**
         * Sets what has been spent on the action so far.
         *
         * @param value the amount, not null
         * @return this builder
         */
        public Builder spent(Money value) {
            this.spent = value;
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
         * Adds a funding source of the initiative that funds the action.
         *
         * @param source the source's id, not null
         * @return this builder
         */
        public Builder funding(LocalId source) {
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
         * Sets the expected effect with its uncertainty, sectors and overlaps.
         *
         * @param value the effect, not null
         * @return this builder
         */
        public Builder effect(ActionEffect value) {
            this.effect = value;
            return this;
        }

        /**
         * Adds a co-benefit.
         *
         * @param coBenefit the co-benefit, not null
         * @return this builder
         */
        public Builder coBenefit(CoBenefit coBenefit) {
            coBenefits.add(coBenefit);
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action
         * @throws ClimateCityException if a component is missing, repeated or out of range
         */
        public Action build() {
            ActionStatus current = status;
            if (!statusSet && !statusHistory.isEmpty() && statusHistory.get(statusHistory.size() - 1) != null) {
                current = statusHistory.get(statusHistory.size() - 1).status();
            }
            return new Action(id, title, field, levers, responsible, participants, period, current,
                    expectedAnnualReduction, rampUpYears, affectedSector, cost, funding, provenance, statusHistory,
                    actualStart, actualCompletion, spent, effect, coBenefits);
        }
    }
}
