package org.climatecity.examples.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.climatecity.core.calc.GapAnalysis;
import org.climatecity.core.calc.GapYear;
import org.climatecity.core.programme.PartnerRole;

/**
 * What the main example reports about one initiative of a document: the facts before and after a change date, each
 * city's emissions trend against its target, and the result of scaling a pilot. The console summary, the HTML page,
 * the Markdown file and the charts are all drawn from one model, so they always agree.
 *
 * <p>Immutable and thread-safe: the maps are unmodifiable copies.
 *
 * @param title the report's title, not blank
 * @param before the date of the situation before the change, not null
 * @param after the date of the situation after the change, not null
 * @param programme the programme's facts, not null
 * @param twins the twin pairings that hold on {@code after}, not null
 * @param partners the partners with their roles before and after, not null
 * @param cities the cities with emissions and a target, not null
 * @param scaling the scaling of the pilot, or null when the initiative has no scaling plan
 * @param reportYears the years the scaling is reported for in tables, such as 2030, 2035 and 2045, not null
 * @param notes notes on figures that are illustrative rather than sourced, not null
 * @since 0.1.0
 */
public record ReportModel(String title, LocalDate before, LocalDate after, ProgrammeFacts programme,
        List<TwinFacts> twins, List<PartnerFacts> partners, List<CityFacts> cities, ScalingFacts scaling,
        List<Integer> reportYears, List<String> notes) {

    /**
     * Creates a model.
     *
     * @param title the title, not blank
     * @param before the date before the change, not null
     * @param after the date after the change, not null
     * @param programme the programme's facts, not null
     * @param twins the twin pairings, not null
     * @param partners the partners, not null
     * @param cities the cities, not null
     * @param scaling the scaling, or null
     * @param reportYears the reported years, not null
     * @param notes the notes, not null
     */
    public ReportModel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(programme, "programme");
        twins = List.copyOf(twins);
        partners = List.copyOf(partners);
        cities = List.copyOf(cities);
        reportYears = List.copyOf(reportYears);
        notes = List.copyOf(notes);
    }

    /**
     * Returns the scaling, if the initiative has a scaling plan.
     *
     * @return the scaling facts, or empty
     */
    public Optional<ScalingFacts> scalingFacts() {
        return Optional.ofNullable(scaling);
    }

    /**
     * The programme and initiative before and after the change date.
     *
     * @param programmeName the programme's name, not null
     * @param initiativeName the initiative's name, not null
     * @param membersBefore the member count before the change
     * @param membersAfter the member count after the change
     * @param namedMembersAfter the members known by name after the change
     * @param agencies the number of participating agencies after the change
     * @param scopeBefore the initiative's scope before the change, such as "local: Borlänge", not null
     * @param scopeAfter the initiative's scope after the change, not null
     * @param supportedCities the names of the cities the programme supports, with what it gives, not null
     * @since 0.1.0
     */
    public record ProgrammeFacts(String programmeName, String initiativeName, int membersBefore, int membersAfter,
            int namedMembersAfter, int agencies, String scopeBefore, String scopeAfter, List<String> supportedCities) {

        /**
         * Creates the facts.
         *
         * @param programmeName the programme name, not null
         * @param initiativeName the initiative name, not null
         * @param membersBefore the count before
         * @param membersAfter the count after
         * @param namedMembersAfter the named members after
         * @param agencies the agencies
         * @param scopeBefore the scope before, not null
         * @param scopeAfter the scope after, not null
         * @param supportedCities the supported cities, not null
         */
        public ProgrammeFacts {
            Objects.requireNonNull(programmeName, "programmeName");
            Objects.requireNonNull(initiativeName, "initiativeName");
            Objects.requireNonNull(scopeBefore, "scopeBefore");
            Objects.requireNonNull(scopeAfter, "scopeAfter");
            supportedCities = List.copyOf(supportedCities);
        }
    }

    /**
     * A twin-city pairing.
     *
     * @param pilotCity the pilot city's name, not null
     * @param twinCity the twin city's name, not null
     * @param since the date the pairing starts, not null
     * @param sharedTargets the names of the shared targets, not null
     * @since 0.1.0
     */
    public record TwinFacts(String pilotCity, String twinCity, LocalDate since, List<String> sharedTargets) {

        /**
         * Creates the facts.
         *
         * @param pilotCity the pilot city, not null
         * @param twinCity the twin city, not null
         * @param since the start date, not null
         * @param sharedTargets the shared targets, not null
         */
        public TwinFacts {
            Objects.requireNonNull(pilotCity, "pilotCity");
            Objects.requireNonNull(twinCity, "twinCity");
            Objects.requireNonNull(since, "since");
            sharedTargets = List.copyOf(sharedTargets);
        }
    }

    /**
     * A partner's roles before and after the change.
     *
     * @param partner the partner's name, not null
     * @param kind the kind of actor, such as "regional authority", not null
     * @param before the roles held before, not null
     * @param after the roles held after, not null
     * @since 0.1.0
     */
    public record PartnerFacts(String partner, String kind, Set<PartnerRole> before, Set<PartnerRole> after) {

        /**
         * Creates the facts.
         *
         * @param partner the partner, not null
         * @param kind the kind, not null
         * @param before the roles before, not null
         * @param after the roles after, not null
         */
        public PartnerFacts {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(kind, "kind");
            before = Collections.unmodifiableSet(new java.util.TreeSet<>(before));
            after = Collections.unmodifiableSet(new java.util.TreeSet<>(after));
        }

        /**
         * Checks if the roles changed.
         *
         * @return true if the roles after differ from those before
         */
        public boolean changed() {
            return !before.equals(after);
        }
    }

    /**
     * A city's observed emissions, its trend and its target, with the gap between them.
     *
     * @param name the city's name, not null
     * @param code the municipality code, not null
     * @param targetName the name of the target the city is measured against, not null
     * @param targetYear the target's year
     * @param history the observed total emissions in tonnes CO2e per year, not null
     * @param trendSlope the trend's slope in tonnes CO2e per year
     * @param trend the trend anchored at the last observed year, per year up to the horizon, not null
     * @param trendZeroYear the year the anchored trend reaches zero, or null when it does not fall
     * @param targetPath the target path per year, not null
     * @param carbonLawPath the fixed-rate (carbon law) reduction path per year, not null
     * @param trendWithActions the trend minus the effect of the action plan's delivering actions, not null
     * @param gaps the library's gap analysis of the trend, with and without the actions, against the target path in
     *     the years both cover, or null when they share no year
     * @param actionCount the number of actions counted for the city
     * @param historyLabel the legend of the history, from its inventories' provenance, such as
     *     {@code Observed (SMHI)} or {@code Emissions (illustrative)}, not null
     * @since 0.1.0
     */
    public record CityFacts(String name, String code, String targetName, int targetYear,
            SortedMap<Integer, Double> history, double trendSlope, SortedMap<Integer, Double> trend,
            Integer trendZeroYear, SortedMap<Integer, Double> targetPath, SortedMap<Integer, Double> carbonLawPath,
            SortedMap<Integer, Double> trendWithActions, GapAnalysis gaps, int actionCount, String historyLabel) {

        /**
         * Creates the facts.
         *
         * @param name the name, not null
         * @param code the code, not null
         * @param targetName the target's name, not null
         * @param targetYear the target year
         * @param history the history, not null
         * @param trendSlope the trend slope
         * @param trend the trend, not null
         * @param trendZeroYear the zero year, or null
         * @param targetPath the target path, not null
         * @param carbonLawPath the carbon-law path, not null
         * @param trendWithActions the trend with actions, not null
         * @param gaps the gap analysis, or null
         * @param actionCount the number of actions
         * @param historyLabel the history's legend, not null
         */
        public CityFacts {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(historyLabel, "historyLabel");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(targetName, "targetName");
            history = copy(history);
            trend = copy(trend);
            targetPath = copy(targetPath);
            carbonLawPath = copy(carbonLawPath);
            trendWithActions = copy(trendWithActions);
        }

        /**
         * Creates the facts with the history labelled {@code Observed}, its source not named.
         *
         * @param name the name, not null
         * @param code the code, not null
         * @param targetName the target's name, not null
         * @param targetYear the target year
         * @param history the history, not null
         * @param trendSlope the trend slope
         * @param trend the trend, not null
         * @param trendZeroYear the zero year, or null
         * @param targetPath the target path, not null
         * @param carbonLawPath the carbon-law path, not null
         * @param trendWithActions the trend with actions, not null
         * @param gaps the gap analysis, or null
         * @param actionCount the number of actions
         */
        public CityFacts(String name, String code, String targetName, int targetYear,
                SortedMap<Integer, Double> history, double trendSlope, SortedMap<Integer, Double> trend,
                Integer trendZeroYear, SortedMap<Integer, Double> targetPath, SortedMap<Integer, Double> carbonLawPath,
                SortedMap<Integer, Double> trendWithActions, GapAnalysis gaps, int actionCount) {
            this(name, code, targetName, targetYear, history, trendSlope, trend, trendZeroYear, targetPath,
                    carbonLawPath, trendWithActions, gaps, actionCount, "Observed");
        }

        /**
         * Returns the last observed year.
         *
         * @return the year
         */
        public int lastObservedYear() {
            return history.lastKey();
        }

        /**
         * Returns the last observed total.
         *
         * @return tonnes CO2e
         */
        public double lastObserved() {
            return history.get(history.lastKey());
        }

        /**
         * Returns the year the anchored trend reaches zero.
         *
         * @return the year, or empty when the trend does not fall to zero
         */
        public OptionalInt zeroYear() {
            return trendZeroYear == null ? OptionalInt.empty() : OptionalInt.of(trendZeroYear);
        }

        /**
         * Returns the gap analysis, if the trend and the target path share a year.
         *
         * @return the analysis, or empty
         */
        public Optional<GapAnalysis> gapAnalysis() {
            return Optional.ofNullable(gaps);
        }

        /**
         * Returns the gap in a year: trend minus target path, {@link GapYear#gap()}.
         *
         * @param year the year
         * @return the gap in tonnes CO2e, positive when the trend is above the target; empty without both figures
         */
        public OptionalDouble gap(int year) {
            return gapYear(year).map(g -> OptionalDouble.of(g.gap())).orElse(OptionalDouble.empty());
        }

        /**
         * Returns the gap in a year once the action plan is counted: trend with actions minus target path,
         * {@link GapYear#gapWithActions()}.
         *
         * @param year the year
         * @return the gap in tonnes CO2e; empty without both figures
         */
        public OptionalDouble gapWithActions(int year) {
            return gapYear(year).map(g -> OptionalDouble.of(g.gapWithActions())).orElse(OptionalDouble.empty());
        }

        private Optional<GapYear> gapYear(int year) {
            if (gaps == null) {
                return Optional.empty();
            }
            int first = gaps.years().get(0).year();
            int last = gaps.years().get(gaps.years().size() - 1).year();
            return year < first || year > last ? Optional.empty() : Optional.of(gaps.year(year));
        }
    }

    /**
     * The result of scaling a pilot, stage by stage.
     *
     * @param pilotName the pilot's name, not null
     * @param driverUnit the unit of the pilot's driver, such as "resident", not null
     * @param effectLow the low effect per driver unit
     * @param effectCentral the central effect per driver unit
     * @param effectHigh the high effect per driver unit
     * @param effectIllustrative whether the effect is illustrative rather than measured
     * @param effectNote the note on the effect's provenance, not null (may be empty)
     * @param stages the stages in order, not null
     * @since 0.1.0
     */
    public record ScalingFacts(String pilotName, String driverUnit, double effectLow, double effectCentral,
            double effectHigh, boolean effectIllustrative, String effectNote, List<StageFacts> stages) {

        /**
         * Creates the facts.
         *
         * @param pilotName the pilot, not null
         * @param driverUnit the driver unit, not null
         * @param effectLow the low effect
         * @param effectCentral the central effect
         * @param effectHigh the high effect
         * @param effectIllustrative whether illustrative
         * @param effectNote the note, not null
         * @param stages the stages, not null
         */
        public ScalingFacts {
            Objects.requireNonNull(pilotName, "pilotName");
            Objects.requireNonNull(driverUnit, "driverUnit");
            Objects.requireNonNull(effectNote, "effectNote");
            stages = List.copyOf(stages);
        }
    }

    /**
     * One stage of a scaling plan with its reductions per year. Stages nest, so each counts only what it adds beyond
     * the earlier stages (the places they already cover are theirs); the stages add up to the plan's total.
     *
     * @param name the stage's name, not null
     * @param places the places the stage's areas cover, such as Dalarna's 15 municipalities, each with what the stage
     *     counts of it, in the order of the stage's jurisdictions, not null
     * @param counted the number of jurisdictions counted in this stage, beyond earlier stages
     * @param driverTotal the driver counted in this stage, such as its residents beyond earlier stages
     * @param startYear the year the stage starts
     * @param low the low reduction per year in tonnes CO2e, not null
     * @param central the central reduction per year in tonnes CO2e, not null
     * @param high the high reduction per year in tonnes CO2e, not null
     * @since 0.1.0
     */
    public record StageFacts(String name, List<PlaceFacts> places, int counted, double driverTotal, int startYear,
            SortedMap<Integer, Double> low, SortedMap<Integer, Double> central, SortedMap<Integer, Double> high) {

        /**
         * Creates the facts.
         *
         * @param name the name, not null
         * @param places the covered places, not null
         * @param counted the counted jurisdictions
         * @param driverTotal the counted driver
         * @param startYear the start year
         * @param low the low reductions, not null
         * @param central the central reductions, not null
         * @param high the high reductions, not null
         */
        public StageFacts {
            Objects.requireNonNull(name, "name");
            places = List.copyOf(places);
            low = copy(low);
            central = copy(central);
            high = copy(high);
        }

        /**
         * Returns the names of the places the stage's areas cover.
         *
         * @return the names, in the order of {@link #places()}
         */
        public List<String> covered() {
            return places.stream().map(PlaceFacts::name).toList();
        }
    }

    /**
     * A place a scaling stage covers, with what the stage counts of it: its driver beyond earlier stages and its
     * central reduction per year, or the earlier stage that counts it.
     *
     * @param name the place's name, such as {@code Falun}, not null
     * @param group the larger area it lies in, by which a long list is summarised, such as
     *     {@code Dalarnas län (20)} for a Swedish municipality; empty when there is none, not null
     * @param countedIn the name of the earlier stage that counts the place, or null when this stage counts it
     * @param driver the driver this stage counts of the place (0 when an earlier stage counts it)
     * @param central the place's central reduction per year in tonnes CO2e in this stage, empty when an earlier
     *     stage counts it, not null
     * @since 0.1.0
     */
    public record PlaceFacts(String name, String group, String countedIn, double driver,
            SortedMap<Integer, Double> central) {

        /**
         * Creates the facts.
         *
         * @param name the name, not null
         * @param group the group, empty for none, not null
         * @param countedIn the earlier stage counting it, or null
         * @param driver the counted driver
         * @param central the central reductions, not null
         */
        public PlaceFacts {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(group, "group");
            central = copy(central);
        }

        /**
         * Checks if this stage counts the place, rather than an earlier one.
         *
         * @return true if the stage counts it
         */
        public boolean countedHere() {
            return countedIn == null;
        }
    }


    private static SortedMap<Integer, Double> copy(SortedMap<Integer, Double> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(map, "series")));
    }
}
