package org.climatecity.core.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A climate target: who owns it (joint targets have several owners), what it promises, what it counts, from which
 * baseline, by which year, with which milestones and along which pathway.
 *
 * <p>Immutable and thread-safe. That the owners exist, that the baseline comes before the target year and that the
 * milestones lie between them in order is checked when the whole {@link org.climatecity.core.document.ProgrammeDocument} is
 * validated.
 *
 * @param id the target's id, not null
 * @param name the name, not blank
 * @param owners the owners, at least one, no repeats
 * @param kind what the target promises, not null
 * @param boundary what emissions it counts, not null
 * @param sectors the sectors covered; empty means all sectors; no repeats
 * @param gasBasis the gases covered, not null
 * @param baseline the baseline, or null for targets that need none (a fixed level)
 * @param targetYear the year the target is to be met, 1900 to 2200
 * @param milestones interim milestones, not null
 * @param pathway the intended shape of the path from baseline to target, not null
 * @param adopted the date the target was adopted, or null
 * @param url where the target is published, an absolute http or https address, or null
 * @param summary the target in the owner's words, or null
 * @param provenance where the target is stated, or null
 * @param reportedProgress progress toward the target as others reported it, not null
 * @since 0.1.0
 */
public record ClimateTarget(LocalId id, String name, List<ActorId> owners, TargetKind kind, Boundary boundary,
        List<EmissionsSector> sectors, GasBasis gasBasis, @Nullable Baseline baseline, int targetYear,
        List<Milestone> milestones, PathwayShape pathway, @Nullable LocalDate adopted, @Nullable String url,
        @Nullable String summary, @Nullable Provenance provenance, List<ReportedProgress> reportedProgress) {

    /**
     * Creates a target.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param owners the owners, at least one
     * @param kind the kind, not null
     * @param boundary the boundary, not null
     * @param sectors the sectors covered, empty for all
     * @param gasBasis the gas basis, not null
     * @param baseline the baseline, or null
     * @param targetYear the target year
     * @param milestones the milestones, not null
     * @param pathway the pathway shape, not null
     * @param adopted the adoption date, or null
     * @param url the address, or null
     * @param summary the summary, or null
     * @param provenance the source, or null
     * @param reportedProgress the progress others reported, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing, empty or repeated
     */
    public ClimateTarget {
        Require.nonNull(id, "target id");
        name = Require.text(name, "target name");
        owners = Require.distinctList(owners, "target owners");
        Require.that(!owners.isEmpty(), "target owners must name at least one owner, was empty");
        Require.nonNull(kind, "target kind");
        Require.nonNull(boundary, "boundary");
        sectors = Require.distinctList(sectors, "target sectors");
        Require.nonNull(gasBasis, "gas basis");
        Require.year(targetYear, "target year");
        milestones = Require.list(milestones, "milestones");
        Require.nonNull(pathway, "pathway");
        Require.optionalDate(adopted, "adoption date");
        url = Require.optionalHttpUrl(url, "target URL");
        summary = Require.optionalText(summary, "target summary");
        reportedProgress = Require.list(reportedProgress, "reported progress");
    }

    /**
     * Checks if the target is held jointly by several owners.
     *
     * @return true if there is more than one owner
     */
    public boolean isJoint() {
        return owners.size() > 1;
    }

    /**
     * Returns the baseline, if the target has one.
     *
     * @return the baseline, or empty
     */
    public Optional<Baseline> baselineValue() {
        return Optional.ofNullable(baseline);
    }

    /**
     * Returns a copy whose baseline has a value, such as one taken from the inventories of its baseline year.
     *
     * @param tonnesCo2e the baseline emissions, not negative
     * @return the copy
     * @throws ClimateCityException if the target has no baseline year
     */
    public ClimateTarget withBaselineValue(double tonnesCo2e) {
        if (baseline == null) {
            throw new ClimateCityException("target '" + id + "' has no baseline year to give a value");
        }
        return new ClimateTarget(id, name, owners, kind, boundary, sectors, gasBasis,
                new Baseline(baseline.year(), tonnesCo2e), targetYear, milestones, pathway, adopted, url, summary,
                provenance, reportedProgress);
    }

    /**
     * Returns a copy with other owners, such as one owner of a joint target alone, counting the same emissions.
     *
     * @param newOwners the owners, at least one, no repeats
     * @return the copy
     * @throws ClimateCityException if the owners are empty or repeat
     */
    public ClimateTarget withOwners(List<ActorId> newOwners) {
        return new ClimateTarget(id, name, newOwners, kind, boundary, sectors, gasBasis, baseline, targetYear,
                milestones, pathway, adopted, url, summary, provenance, reportedProgress);
    }

    /**
     * Returns a builder of a target. By default the target is territorial, covers all sectors and all greenhouse
     * gases with AR5 potentials ({@link GasBasis#ALL_GHG_AR5}), has no baseline and no milestones, and follows a
     * linear path; at least one owner must be added.
     *
     * @param id the target's id, not null
     * @param name the name, not blank
     * @param kind what the target promises, not null
     * @param targetYear the year it is to be met, 1900 to 2200
     * @return a new builder
     */
    public static Builder builder(LocalId id, String name, TargetKind kind, int targetYear) {
        return new Builder(id, name, kind, targetYear);
    }

    /**
     * Builds a {@link ClimateTarget}. Not thread-safe; the target it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final LocalId id;
        private final String name;
        private final TargetKind kind;
        private final int targetYear;
        private final List<ActorId> owners = new ArrayList<>();
        private Boundary boundary = Boundary.TERRITORIAL;
        private final List<EmissionsSector> sectors = new ArrayList<>();
        private GasBasis gasBasis = GasBasis.ALL_GHG_AR5;
        private @Nullable Baseline baseline;
        private final List<Milestone> milestones = new ArrayList<>();
        private PathwayShape pathway = PathwayShape.LINEAR;
        private @Nullable LocalDate adopted;
        private @Nullable String url;
        private @Nullable String summary;
        private @Nullable Provenance provenance;
        private final List<ReportedProgress> reportedProgress = new ArrayList<>();

        private Builder(LocalId id, String name, TargetKind kind, int targetYear) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.targetYear = targetYear;
        }

        /**
         * Adds owners; several make a joint target.
         *
         * @param owner the owners, not null
         * @return this builder
         */
        public Builder owners(ActorId... owner) {
            owners.addAll(List.of(owner));
            return this;
        }

        /**
         * Sets the boundary; default territorial.
         *
         * @param value the boundary, not null
         * @return this builder
         */
        public Builder boundary(Boundary value) {
            this.boundary = value;
            return this;
        }

        /**
         * Adds sectors the target covers; none means all.
         *
         * @param sector the sectors, not null
         * @return this builder
         */
        public Builder sectors(EmissionsSector... sector) {
            sectors.addAll(List.of(sector));
            return this;
        }

        /**
         * Sets the gases counted; default all greenhouse gases with AR5 potentials.
         *
         * @param value the gas basis, not null
         * @return this builder
         */
        public Builder gasBasis(GasBasis value) {
            this.gasBasis = value;
            return this;
        }

        /**
         * Sets the baseline.
         *
         * @param year the baseline year
         * @param tonnesCo2e the baseline emissions, not negative
         * @return this builder
         */
        public Builder baseline(int year, double tonnesCo2e) {
            this.baseline = new Baseline(year, tonnesCo2e);
            return this;
        }

        /**
         * Sets the baseline year without a value, as a target states it before the year's inventory is known (a
         * value can be added later with {@link ClimateTarget#withBaselineValue(double)}).
         *
         * @param year the baseline year, 1900 to 2200
         * @return this builder
         * @throws ClimateCityException if the year is out of range
         * @since 0.1.0
         */
        public Builder baselineYear(int year) {
            this.baseline = Baseline.yearOnly(year);
            return this;
        }

        /**
         * Adds an interim milestone.
         *
         * @param year the year
         * @param reduction the cut from the baseline by then, not null
         * @return this builder
         */
        public Builder milestone(int year, Share reduction) {
            milestones.add(new Milestone(year, reduction, null));
            return this;
        }

        /**
         * Sets the shape of the path to the target; default linear.
         *
         * @param value the shape, not null
         * @return this builder
         */
        public Builder pathway(PathwayShape value) {
            this.pathway = value;
            return this;
        }

        /**
         * Sets the date the target was adopted.
         *
         * @param value the date, not null
         * @return this builder
         */
        public Builder adopted(LocalDate value) {
            this.adopted = value;
            return this;
        }

        /**
         * Sets where the target is published.
         *
         * @param value an absolute http or https address, not null
         * @return this builder
         */
        public Builder url(String value) {
            this.url = value;
            return this;
        }

        /**
         * Sets the target in the owner's words.
         *
         * @param value the summary, not blank
         * @return this builder
         */
        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        /**
         * Sets where the target is stated.
         *
         * @param value the provenance, not null
         * @return this builder
         */
        public Builder provenance(Provenance value) {
            this.provenance = value;
            return this;
        }

        /**
         * Adds progress toward the target as someone reported it.
         *
         * @param progress the reported progress, not null
         * @return this builder
         */
        public Builder reportedProgress(ReportedProgress progress) {
            reportedProgress.add(progress);
            return this;
        }

        /**
         * Builds the target.
         *
         * @return the target
         * @throws ClimateCityException if a component is missing or invalid, such as no owner
         */
        public ClimateTarget build() {
            return new ClimateTarget(id, name, owners, kind, boundary, sectors, gasBasis, baseline, targetYear,
                    milestones, pathway, adopted, url, summary, provenance, reportedProgress);
        }
    }
}
