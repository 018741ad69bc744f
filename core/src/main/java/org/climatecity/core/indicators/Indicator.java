package org.climatecity.core.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.time.YearRange;
import org.jspecify.annotations.Nullable;

/**
 * An indicator an initiative follows, with the values observed over time: an action's progress ("renovated
 * apartments", tracking that action), a target's ("fossil share of peak-load fuel", tracking a climate target), or a
 * city-wide key figure that tracks neither (the share of new cars that are electric chargeable).
 *
 * <p>Immutable and thread-safe. That the tracked action or target and the owner exist is checked when the whole
 * {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param id the indicator's id, not null
 * @param name the name, not blank
 * @param unit the unit, not blank
 * @param direction the direction in which the indicator improves, not null
 * @param baseline the value at the start, or null
 * @param baselineYear the year of the baseline value, or null; only with a baseline, before the target year
 * @param target the value to reach, or null
 * @param targetYear the year to reach the target by, or null
 * @param trackedAction the action of the initiative whose progress the indicator follows, or null
 * @param trackedTarget the climate target of the initiative whose progress it follows, or null; an indicator
 *     tracks at most one action or target, and neither for a city-wide key figure
 * @param owner the actor responsible for following the indicator, or null
 * @param observations the observed values, not null; no two for the same period with the same status
 * @param provenance where the definition comes from, or how it was chosen where it is illustrative; null when not
 *     stated; also the source of each observation that states no provenance of its own
 * @param level where the indicator sits on an impact pathway (input, output, outcome, impact), or null when not
 *     stated
 * @param category what the indicator measures, such as emissions, air quality or jobs, or null when not stated
 * @param catalogueReferences the entries of indicator catalogues it corresponds to (ISO 37120, NetZeroCities, CDP),
 *     not null, no repeats
 * @since 0.1.0
 */
public record Indicator(LocalId id, String name, String unit, Direction direction, @Nullable Double baseline,
        @Nullable Integer baselineYear, @Nullable Double target, @Nullable Integer targetYear,
        @Nullable LocalId trackedAction, @Nullable LocalId trackedTarget, @Nullable ActorId owner,
        List<Observation> observations, @Nullable Provenance provenance, @Nullable IndicatorLevel level,
        @Nullable ImpactCategory category, List<CatalogueReference> catalogueReferences) {

    /**
     * Creates an indicator.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param unit the unit, not blank
     * @param direction the direction, not null
     * @param baseline the baseline value, or null
     * @param baselineYear the baseline year, or null
     * @param target the target value, or null
     * @param targetYear the target year, or null
     * @param trackedAction the tracked action, or null
     * @param trackedTarget the tracked climate target, or null
     * @param owner the owner, or null
     * @param observations the observations, not null
     * @param provenance the provenance, or null
     * @param level the pathway level, or null
     * @param category the category, or null
     * @param catalogueReferences the catalogue references, not null
     * @throws ClimateCityException if a component is missing, repeated or out of range, the indicator tracks both an
     *     action and a target, or two observations share period, status and disaggregation
     */
    public Indicator {
        Require.nonNull(id, "indicator id");
        name = Require.text(name, "indicator name");
        unit = Require.text(unit, "indicator unit");
        Require.nonNull(direction, "indicator direction");
        if (baseline != null) {
            Require.finite(baseline, "indicator baseline");
        }
        if (baselineYear != null) {
            Require.year(baselineYear, "indicator baseline year");
            if (baseline == null) {
                throw new ClimateCityException("indicator baseline year " + baselineYear
                        + " needs a baseline value, had none");
            }
        }
        if (target != null) {
            Require.finite(target, "indicator target");
        }
        if (targetYear != null) {
            Require.year(targetYear, "indicator target year");
        }
        if (baselineYear != null && targetYear != null) {
            if (baselineYear >= targetYear) {
                throw new ClimateCityException("indicator baseline year must be before target year "
                        + targetYear + ", was " + baselineYear);
            }
        }
        if (trackedAction != null && trackedTarget != null) {
            throw new ClimateCityException("indicator '" + id
                    + "' must track an action or a target, not both, was action '" + trackedAction + "' and target '"
                    + trackedTarget + "'");
        }
        observations = Require.list(observations, "observations");
        // one observation cannot repeat another: most indicators have one, and an import builds thousands
        if (observations.size() > 1) {
            Set<List<Object>> seen = new HashSet<>(observations.size() * 2);
            for (Observation observation : observations) {
                // the period is null for an undated observation: a list that allows null as the key
                if (!seen.add(Arrays.asList(observation.period(), observation.status(),
                        observation.disaggregation()))) {
                    throw new ClimateCityException("indicator '" + id + "' must have one "
                            + Texts.word(observation.status())
                            + " observation per period" + (observation.disaggregation() == null ? "" : " and group")
                            + ", repeated "
                            + (observation.period() == null ? "an undated one" : describe(observation.period())));
                }
            }
        }
        catalogueReferences = Require.distinctList(catalogueReferences, "catalogue references");
    }

    /**
     * Creates an indicator without pathway level, category or catalogue references: the canonical form before they
     * were added.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param unit the unit, not blank
     * @param direction the direction, not null
     * @param baseline the baseline value, or null
     * @param baselineYear the baseline year, or null
     * @param target the target value, or null
     * @param targetYear the target year, or null
     * @param trackedAction the tracked action, or null
     * @param trackedTarget the tracked climate target, or null
     * @param owner the owner, or null
     * @param observations the observations, not null
     * @param provenance the provenance, or null
     * @throws ClimateCityException as the canonical constructor
     */
    public Indicator(LocalId id, String name, String unit, Direction direction, @Nullable Double baseline,
            @Nullable Integer baselineYear, @Nullable Double target, @Nullable Integer targetYear,
            @Nullable LocalId trackedAction, @Nullable LocalId trackedTarget, @Nullable ActorId owner,
            List<Observation> observations, @Nullable Provenance provenance) {
        this(id, name, unit, direction, baseline, baselineYear, target, targetYear, trackedAction, trackedTarget,
                owner, observations, provenance, null, null, List.of());
    }

    private static String describe(YearRange period) {
        return period.first() == period.last() ? String.valueOf(period.first())
                : period.first() + "-" + period.last();
    }

    /**
     * Checks if the indicator is a city-wide key figure, tracking neither an action nor a target.
     *
     * @return true if it tracks neither
     */
    public boolean isCityWide() {
        return trackedAction == null && trackedTarget == null;
    }

    /**
     * Returns the most settled value observed for exactly one year and the whole city (not for a district or group):
     * a final value before a provisional one before an estimate; among equals, the last in the list.
     *
     * @param year the year
     * @return the observation, or empty when none is for that year alone
     */
    public Optional<Observation> observationIn(int year) {
        Observation best = null;
        for (Observation observation : observations) {
            if (observation.disaggregation() == null && observation.isFor(year)
                    && (best == null || !best.status().supersedes(observation.status()))) {
                best = observation;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns the most settled observation of each year for which one is observed alone, see
     * {@link #observationIn(int)}; values for several years or undated are left out.
     *
     * @return the observations by year, in ascending years, unmodifiable
     */
    public SortedMap<Integer, Observation> observationsByYear() {
        TreeMap<Integer, Observation> byYear = new TreeMap<>();
        for (Observation observation : observations) {
            YearRange period = observation.period();
            if (period != null && period.first() == period.last()) {
                observationIn(period.first()).ifPresent(o -> byYear.put(period.first(), o));
            }
        }
        return java.util.Collections.unmodifiableSortedMap(byYear);
    }

    /**
     * Returns the share of the way from the baseline to the target that a value has come: 0 at the baseline, 1 at
     * the target, below 0 when it moved away, above 1 beyond the target.
     *
     * @param value the value, finite
     * @return the share, or empty when the indicator lacks a baseline or target or they are equal
     */
    public OptionalDouble progress(double value) {
        Require.finite(value, "indicator value");
        if (baseline == null || target == null || baseline.doubleValue() == target.doubleValue()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((value - baseline) / (target - baseline));
    }

    /**
     * Checks if a value meets the target, in the indicator's direction.
     *
     * @param value the value, finite
     * @return true if the value is at least as good as the target; empty when there is no target
     */
    public Optional<Boolean> meetsTarget(double value) {
        Require.finite(value, "indicator value");
        return target == null ? Optional.empty() : Optional.of(direction.atLeastAsGood(value, target));
    }

    /**
     * Returns a builder of an indicator; by default it has no baseline, target, tracked action or target, owner,
     * observations or provenance.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param unit the unit, not blank
     * @param direction the direction in which it improves, not null
     * @return a new builder
     */
    public static Builder builder(LocalId id, String name, String unit, Direction direction) {
        return new Builder(id, name, unit, direction);
    }

    /**
     * Builds an {@link Indicator}. Not thread-safe; the indicator it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final LocalId id;
        private final String name;
        private final String unit;
        private final Direction direction;
        private @Nullable Double baseline;
        private @Nullable Integer baselineYear;
        private @Nullable Double target;
        private @Nullable Integer targetYear;
        private @Nullable LocalId trackedAction;
        private @Nullable LocalId trackedTarget;
        private @Nullable ActorId owner;
        private final List<Observation> observations = new ArrayList<>();
        private @Nullable Provenance provenance;
        private @Nullable IndicatorLevel level;
        private @Nullable ImpactCategory category;
        private final List<CatalogueReference> catalogueReferences = new ArrayList<>();

        private Builder(LocalId id, String name, String unit, Direction direction) {
            this.id = id;
            this.name = name;
            this.unit = unit;
            this.direction = direction;
        }

        /**
         * Sets the baseline value and its year.
         *
         * @param value the value, finite
         * @param year the year, or null when not known
         * @return this builder
         */
        public Builder baseline(double value, @Nullable Integer year) {
            this.baseline = value;
            this.baselineYear = year;
            return this;
        }

        /**
         * Sets the target value and the year to reach it by.
         *
         * @param value the value, finite
         * @param year the year, or null when not stated
         * @return this builder
         */
        public Builder target(double value, @Nullable Integer year) {
            this.target = value;
            this.targetYear = year;
            return this;
        }

        /**
         * Sets the action whose progress the indicator follows.
         *
         * @param action the action's id, not null
         * @return this builder
         */
        public Builder tracksAction(LocalId action) {
            this.trackedAction = action;
            return this;
        }

        /**
         * Sets the climate target whose progress the indicator follows.
         *
         * @param climateTarget the target's id, not null
         * @return this builder
         */
        public Builder tracksTarget(LocalId climateTarget) {
            this.trackedTarget = climateTarget;
            return this;
        }

        /**
         * Sets the actor responsible for following the indicator.
         *
         * @param value the owner, not null
         * @return this builder
         */
        public Builder owner(ActorId value) {
            this.owner = value;
            return this;
        }

        /**
         * Adds an observation.
         *
         * @param observation the observation, not null
         * @return this builder
         */
        public Builder observation(Observation observation) {
            observations.add(observation);
            return this;
        }

        /**
         * Sets where the definition comes from, or that it is illustrative.
         *
         * @param value the provenance, not null
         * @return this builder
         */
        public Builder provenance(Provenance value) {
            this.provenance = value;
            return this;
        }

        /**
         * Sets where the indicator sits on an impact pathway.
         *
         * @param value the level, not null
         * @return this builder
         */
        public Builder level(IndicatorLevel value) {
            this.level = value;
            return this;
        }

        /**
         * Sets what the indicator measures.
         *
         * @param value the category, not null
         * @return this builder
         */
        public Builder category(ImpactCategory value) {
            this.category = value;
            return this;
        }

        /**
         * Adds a reference to an entry of an indicator catalogue.
         *
         * @param reference the reference, not null
         * @return this builder
         */
        public Builder catalogueReference(CatalogueReference reference) {
            catalogueReferences.add(reference);
            return this;
        }

        /**
         * Builds the indicator.
         *
         * @return the indicator
         * @throws ClimateCityException if a component is missing or out of range
         */
        public Indicator build() {
            return new Indicator(id, name, unit, direction, baseline, baselineYear, target, targetYear,
                    trackedAction, trackedTarget, owner, observations, provenance, level, category,
                    catalogueReferences);
        }
    }
}
