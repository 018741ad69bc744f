package org.climatecity.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The baseline's model: plain records that mirror the climate-city JSON document format property for property, with
 * no logic at all — no checks, no value types for ids or codes, strings for names of enumerated values. Jackson 3
 * databind reads and writes them with annotations only; what the library does beyond this is the price of its typed,
 * checked model.
 *
 * <p>Written as Jackson writes them (compact, nulls and empty lists left out), they give the same bytes as the
 * library's compact writer for the same document, which a test checks.
 *
 * @param schemaVersion the format version
 * @param dataSources the data sources, each declared once with the id the provenances name it by
 * @param actors the actors
 * @param programmes the programmes
 * @param initiatives the initiatives
 * @param inventories the emissions inventories
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlainDocument(String schemaVersion, List<DataSource> dataSources, List<Actor> actors,
        List<Programme> programmes, List<Initiative> initiatives, List<Inventory> inventories) {

    /** An actor, one record per kind, told apart by the {@code type} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Municipality.class, name = "municipality"),
        @JsonSubTypes.Type(value = RegionalAuthority.class, name = "regional-authority"),
        @JsonSubTypes.Type(value = CountyAdministrativeBoard.class, name = "county-administrative-board"),
        @JsonSubTypes.Type(value = NationalAgency.class, name = "national-agency"),
        @JsonSubTypes.Type(value = ProgrammeOffice.class, name = "programme-office"),
        @JsonSubTypes.Type(value = Company.class, name = "company"),
        @JsonSubTypes.Type(value = CivilSocietyOrganisation.class, name = "civil-society-organisation"),
        @JsonSubTypes.Type(value = AcademicInstitution.class, name = "academic-institution"),
    })
    public sealed interface Actor permits Municipality, RegionalAuthority, CountyAdministrativeBoard, NationalAgency,
            ProgrammeOffice, Company, CivilSocietyOrganisation, AcademicInstitution {
    }

    /**
     * A municipality.
     *
     * @param id the id
     * @param name the name
     * @param country the country code
     * @param identifiers the identifiers, such as {@code se-kommun:2081}
     * @param population the population series
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Municipality(String id, String name, String country, List<String> identifiers,
            List<Population> population) implements Actor {
    }

    /**
     * A population figure.
     *
     * @param residents the residents
     * @param asOf the date
     */
    public record Population(long residents, LocalDate asOf) {
    }

    /**
     * A regional authority.
     *
     * @param id the id
     * @param name the name
     * @param country the country code
     * @param area the identifier of the area it serves, such as {@code se-lan:20}
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RegionalAuthority(String id, String name, String country, String area) implements Actor {
    }

    /**
     * A county administrative board.
     *
     * @param id the id
     * @param name the name
     * @param country the country code
     * @param area the identifier of the area it serves, such as {@code se-lan:20}
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CountyAdministrativeBoard(String id, String name, String country, String area) implements Actor {
    }

    /**
     * A national agency.
     *
     * @param id the id
     * @param name the name
     * @param country the country code
     */
    public record NationalAgency(String id, String name, String country) implements Actor {
    }

    /**
     * A programme office.
     *
     * @param id the id
     * @param name the name
     * @param level the governance level
     */
    public record ProgrammeOffice(String id, String name, String level) implements Actor {
    }

    /**
     * A company.
     *
     * @param id the id
     * @param name the name
     * @param level the governance level
     * @param country the country code, or null
     * @param identifiers the identifiers, such as {@code se-orgnr:556016-3429}
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Company(String id, String name, String level, String country, List<String> identifiers) implements Actor {
    }

    /**
     * A civil-society organisation.
     *
     * @param id the id
     * @param name the name
     * @param level the governance level
     * @param country the country code, or null
     * @param identifiers the identifiers, such as {@code se-orgnr:556016-3429}
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CivilSocietyOrganisation(String id, String name, String level, String country, List<String> identifiers)
            implements Actor {
    }

    /**
     * An academic institution.
     *
     * @param id the id
     * @param name the name
     * @param level the governance level
     * @param country the country code, or null
     * @param identifiers the identifiers, such as {@code se-orgnr:556016-3429}
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record AcademicInstitution(String id, String name, String level, String country, List<String> identifiers)
            implements Actor {
    }

    /**
     * The programme.
     *
     * @param name the name
     * @param office the programme office's id, or null
     * @param climateNeutralityYear the climate-neutrality year
     * @param members the member cities
     * @param publishedMemberCounts the published member counts
     * @param agencies the participating agencies
     * @param support the support given
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Programme(String name, String office, int climateNeutralityYear, List<Membership> members,
            List<PublishedMemberCount> publishedMemberCounts, List<Membership> agencies, List<Support> support) {
    }

    /**
     * A membership.
     *
     * @param member the member's id
     * @param period the period
     */
    public record Membership(String member, DateRange period) {
    }

    /**
     * A half-open date range.
     *
     * @param start the first day
     * @param end the day after the last, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DateRange(LocalDate start, LocalDate end) {
    }

    /**
     * A published member count.
     *
     * @param from the date it holds from
     * @param count the count
     * @param provenance the provenance, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PublishedMemberCount(LocalDate from, int count, Provenance provenance) {
    }

    /**
     * Support given by the programme.
     *
     * @param recipient the recipient's id
     * @param kind the kind
     * @param description the description
     * @param amount the amount, or null
     * @param period the period, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Support(String recipient, String kind, String description, Money amount, DateRange period) {
    }

    /**
     * An amount of money.
     *
     * @param amount the amount, written as a JSON string
     * @param currency the ISO 4217 code
     */
    public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {
    }

    /**
     * An initiative.
     *
     * @param id the id
     * @param name the name
     * @param leadCity the lead city's id
     * @param scopes the scopes over time
     * @param twinPairings the twin pairings
     * @param partnerships the partnerships
     * @param forums the forums
     * @param commitments the commitments
     * @param targets the targets
     * @param actionPlans the action plans
     * @param pilots the pilots
     * @param scalingPlans the scaling plans
     * @param indicators the indicators
     * @param fundingSources the funding sources
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Initiative(String id, String name, String leadCity, List<Scope> scopes,
            List<TwinPairing> twinPairings, List<Partnership> partnerships, List<Forum> forums,
            List<Commitment> commitments, List<Target> targets, List<ActionPlan> actionPlans, List<Pilot> pilots,
            List<ScalingPlan> scalingPlans, List<Indicator> indicators, List<FundingSource> fundingSources) {
    }

    /**
     * An initiative's scope from a date.
     *
     * @param from the date
     * @param geography the area covered
     */
    public record Scope(LocalDate from, Geography geography) {
    }

    /** An area, one record per kind, told apart by the {@code type} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = MunicipalityArea.class, name = "municipality"),
        @JsonSubTypes.Type(value = CountyArea.class, name = "county"),
        @JsonSubTypes.Type(value = CountryArea.class, name = "country"),
        @JsonSubTypes.Type(value = CountryGroupArea.class, name = "country-group"),
    })
    public sealed interface Geography permits MunicipalityArea, CountyArea, CountryArea, CountryGroupArea {
    }

    /**
     * A municipality's area.
     *
     * @param code the municipality code
     */
    public record MunicipalityArea(String code) implements Geography {
    }

    /**
     * A county's area.
     *
     * @param code the county code
     */
    public record CountyArea(String code) implements Geography {
    }

    /**
     * A country's area.
     *
     * @param code the country code
     */
    public record CountryArea(String code) implements Geography {
    }

    /**
     * A group of countries.
     *
     * @param name the name
     * @param countries the country codes
     */
    public record CountryGroupArea(String name, List<String> countries) implements Geography {
    }

    /**
     * A twin pairing.
     *
     * @param pilotCity the pilot city's id
     * @param twinCity the twin city's id
     * @param since the date
     * @param sharedTargets the shared targets' ids
     * @param replicationPlan the replication plan, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record TwinPairing(String pilotCity, String twinCity, LocalDate since, List<String> sharedTargets,
            String replicationPlan) {
    }

    /**
     * A partnership.
     *
     * @param partner the partner's id
     * @param roles the roles over time
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Partnership(String partner, List<RoleAssignment> roles) {
    }

    /**
     * A role held for a period.
     *
     * @param role the role
     * @param period the period
     * @param responsibilities the responsibilities
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RoleAssignment(String role, DateRange period, List<String> responsibilities) {
    }

    /**
     * A collaboration forum.
     *
     * @param id the id
     * @param name the name
     * @param convenors the convenors' ids
     * @param participants the participants' ids
     * @param purposes the purposes
     * @param outputs the outputs' ids
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Forum(String id, String name, List<String> convenors, List<String> participants,
            List<String> purposes, List<String> outputs) {
    }

    /**
     * A stakeholder's commitment.
     *
     * @param stakeholder the stakeholder's id
     * @param pledge the pledge
     * @param reductionShare the reduction as a share, or null
     * @param baselineYear the baseline year, or null
     * @param byYear the year
     * @param madeOn the date, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Commitment(String stakeholder, String pledge, Double reductionShare, Integer baselineYear,
            int byYear, LocalDate madeOn) {
    }

    /**
     * A climate target.
     *
     * @param id the id
     * @param name the name
     * @param owners the owners' ids
     * @param kind the kind
     * @param boundary the boundary
     * @param sectors the sector ids
     * @param gasBasis the gas basis
     * @param baseline the baseline, or null
     * @param targetYear the target year
     * @param milestones the milestones
     * @param pathway the pathway shape
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Target(String id, String name, List<String> owners, TargetKind kind, String boundary,
            List<String> sectors, GasBasis gasBasis, Baseline baseline, int targetYear, List<Milestone> milestones,
            String pathway) {
    }

    /** A target's kind, one record per kind, told apart by the {@code type} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = AbsoluteReduction.class, name = "absolute-reduction"),
        @JsonSubTypes.Type(value = RelativeReduction.class, name = "relative-reduction"),
        @JsonSubTypes.Type(value = ClimateNeutral.class, name = "climate-neutral"),
        @JsonSubTypes.Type(value = NetZero.class, name = "net-zero"),
        @JsonSubTypes.Type(value = PerCapitaIntensity.class, name = "per-capita-intensity"),
        @JsonSubTypes.Type(value = FixedLevel.class, name = "fixed-level"),
    })
    public sealed interface TargetKind permits AbsoluteReduction, RelativeReduction, ClimateNeutral, NetZero,
            PerCapitaIntensity, FixedLevel {
    }

    /**
     * An absolute reduction.
     *
     * @param tonnesCo2e the tonnes
     */
    public record AbsoluteReduction(double tonnesCo2e) implements TargetKind {
    }

    /**
     * A relative reduction.
     *
     * @param reductionShare the reduction as a share
     */
    public record RelativeReduction(double reductionShare) implements TargetKind {
    }

    /**
     * Climate neutrality.
     *
     * @param residualShare the allowed residual share
     */
    public record ClimateNeutral(double residualShare) implements TargetKind {
    }

    /**
     * Net zero.
     *
     * @param residualShare the allowed residual share
     */
    public record NetZero(double residualShare) implements TargetKind {
    }

    /**
     * A per-capita intensity.
     *
     * @param tonnesPerResident the tonnes per resident
     */
    public record PerCapitaIntensity(double tonnesPerResident) implements TargetKind {
    }

    /**
     * A fixed level.
     *
     * @param tonnesCo2e the tonnes
     */
    public record FixedLevel(double tonnesCo2e) implements TargetKind {
    }

    /**
     * A gas basis.
     *
     * @param coverage the gases covered
     * @param gwp the GWP set, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record GasBasis(String coverage, String gwp) {
    }

    /**
     * A baseline.
     *
     * @param year the year
     * @param tonnesCo2e the tonnes
     */
    public record Baseline(int year, double tonnesCo2e) {
    }

    /**
     * A milestone.
     *
     * @param year the year
     * @param reductionShare the reduction as a share
     */
    public record Milestone(int year, double reductionShare) {
    }

    /**
     * An action plan.
     *
     * @param id the id
     * @param name the name
     * @param owners the owners' ids
     * @param adoptedYear the adoption year, or null
     * @param actions the actions
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ActionPlan(String id, String name, List<String> owners, Integer adoptedYear, List<Action> actions) {
    }

    /**
     * An action.
     *
     * @param id the id
     * @param title the title
     * @param field the field of action
     * @param levers the levers
     * @param responsible the responsible actor's id
     * @param participants the participants' ids
     * @param period the years
     * @param status the status
     * @param expectedAnnualReduction the expected annual reduction
     * @param rampUpYears the ramp-up years
     * @param affectedSector the sector id, or null
     * @param cost the cost, or null
     * @param funding the ids of the funding sources
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Action(String id, String title, String field, List<String> levers, String responsible,
            List<String> participants, YearRange period, String status, double expectedAnnualReduction,
            int rampUpYears, String affectedSector, Money cost, List<String> funding) {
    }

    /**
     * A range of years.
     *
     * @param first the first year
     * @param last the last year
     */
    public record YearRange(int first, int last) {
    }

    /**
     * A funding source.
     *
     * @param id the id
     * @param name the name
     * @param funder the funder's id, or null
     * @param instrument the instrument
     * @param status the status
     * @param amount the amount, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FundingSource(String id, String name, String funder, String instrument, String status,
            Money amount) {
    }

    /**
     * An indicator that follows an action.
     *
     * @param id the id
     * @param name the name
     * @param unit the unit
     * @param direction the direction in which it improves
     * @param baseline the baseline, or null
     * @param target the target, or null
     * @param targetYear the target year, or null
     * @param trackedAction the tracked action's id, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Indicator(String id, String name, String unit, String direction, Double baseline, Double target,
            Integer targetYear, String trackedAction) {
    }

    /**
     * A pilot.
     *
     * @param id the id
     * @param name the name
     * @param description the description, or null
     * @param hostCities the host cities' ids
     * @param driver the driver
     * @param effectPerUnit the effect per driver unit
     * @param provenance the provenance
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Pilot(String id, String name, String description, List<String> hostCities, Driver driver,
            Effect effectPerUnit, Provenance provenance) {
    }

    /**
     * A pilot's driver.
     *
     * @param kind the kind
     * @param sector the sector id, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Driver(String kind, String sector) {
    }

    /**
     * An effect estimate.
     *
     * @param low the low estimate
     * @param central the central estimate
     * @param high the high estimate
     */
    public record Effect(double low, double central, double high) {
    }

    /**
     * Where a figure comes from.
     *
     * @param kind the kind
     * @param source the id of the source, or null
     * @param note the note, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Provenance(String kind, String source, String note) {
    }

    /**
     * A published source of data, declared once in the document.
     *
     * @param id the id the provenances name it by
     * @param publisher the publisher
     * @param name the name
     * @param published the publication date, or null
     * @param vintage the vintage, or null
     * @param url the address, or null
     * @param citation the citation, or null
     * @param methodology the methodology, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DataSource(String id, String publisher, String name, LocalDate published, String vintage, String url,
            String citation, String methodology) {
    }

    /**
     * A scaling plan.
     *
     * @param id the id
     * @param pilot the pilot's id
     * @param stages the stages
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ScalingPlan(String id, String pilot, List<Stage> stages) {
    }

    /**
     * A scaling stage.
     *
     * @param id the id
     * @param name the name
     * @param geographies the areas
     * @param startYear the start year
     * @param adoption the adoption curve
     * @param saturationShare the saturation share
     * @param jurisdictions the jurisdictions
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Stage(String id, String name, List<Geography> geographies, int startYear, Adoption adoption,
            double saturationShare, List<Jurisdiction> jurisdictions) {
    }

    /** An adoption curve, one record per kind, told apart by the {@code type} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Linear.class, name = "linear"),
        @JsonSubTypes.Type(value = Logistic.class, name = "logistic"),
        @JsonSubTypes.Type(value = Step.class, name = "step"),
    })
    public sealed interface Adoption permits Linear, Logistic, Step {
    }

    /**
     * A linear ramp.
     *
     * @param yearsToSaturation the years to saturation
     */
    public record Linear(int yearsToSaturation) implements Adoption {
    }

    /**
     * A logistic curve.
     *
     * @param midpointYears the midpoint
     * @param steepness the steepness
     */
    public record Logistic(double midpointYears, double steepness) implements Adoption {
    }

    /**
     * A step.
     *
     * @param delayYears the delay
     */
    public record Step(int delayYears) implements Adoption {
    }

    /**
     * A jurisdiction.
     *
     * @param id the id
     * @param name the name
     * @param geography the area
     * @param driverValue the driver value
     * @param provenance the provenance
     */
    public record Jurisdiction(String id, String name, Geography geography, double driverValue,
            Provenance provenance) {
    }

    /**
     * An emissions inventory.
     *
     * @param owner the owner's id
     * @param year the year
     * @param boundary the boundary
     * @param gasBasis the gas basis
     * @param provenance the provenance
     * @param entries the entries
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Inventory(String owner, int year, String boundary, GasBasis gasBasis, Provenance provenance,
            List<Entry> entries) {
    }

    /**
     * An inventory entry.
     *
     * @param sector the sector id
     * @param scope the scope, or null
     * @param tonnesCo2e the tonnes
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Entry(String sector, String scope, double tonnesCo2e) {
    }
}
