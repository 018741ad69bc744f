package org.climatecity.serialization.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.action.StatusChange;
import org.climatecity.core.actor.AcademicInstitution;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorKind;
import org.climatecity.core.actor.CivilSocietyOrganisation;
import org.climatecity.core.actor.Company;
import org.climatecity.core.actor.Location;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.PlaceName;
import org.climatecity.core.actor.Population;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Money;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.ActivityData;
import org.climatecity.core.emissions.EmissionFactor;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.GasAmount;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.NotationKey;
import org.climatecity.core.finance.ActionCost;
import org.climatecity.core.finance.FundingAllocation;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.geo.Geography.CountryArea;
import org.climatecity.core.geo.Geography.CountryGroupArea;
import org.climatecity.core.geo.Geography.CountyArea;
import org.climatecity.core.geo.Geography.LauArea;
import org.climatecity.core.geo.Geography.MunicipalityArea;
import org.climatecity.core.geo.Geography.NutsArea;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.id.NutsCode;
import org.climatecity.core.id.OrganisationNumber;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.Observation;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.pilot.Driver;
import org.climatecity.core.pilot.EffectEstimate;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.Commitment;
import org.climatecity.core.programme.ContractRound;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.InitiativeScope;
import org.climatecity.core.programme.Membership;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.programme.PublishedMemberCount;
import org.climatecity.core.programme.RoleAssignment;
import org.climatecity.core.programme.Support;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.Milestone;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.core.time.DateRange;
import org.climatecity.core.time.YearRange;
import org.jspecify.annotations.Nullable;

/**
 * The document format, declared once: for each record of the model what the format says beyond the record's own
 * components (optional components, non-empty lists, number ranges, whether readers record its start), the type
 * names of the sealed types, and the values written as strings with their patterns. The codecs, the JSON Schema
 * generator and the problem locator all read this declaration; nothing else in the library names a component.
 *
 * <p>Adding an optional component to a record of the model is one line here ({@code .optional(Type::component)});
 * a test fails for every {@code @Nullable} component not declared optional, every non-empty list not declared
 * non-empty, and every sealed subtype without a type name. The records' part is also kept as text in
 * {@value #RECORDS_FILE}, which {@link #V1} reads instead of running {@code declareRecords()}; a test fails until that
 * file says what the declaration says, and prints the command that rewrites it.
 */
public final class ModelFormat {

    /** The format of version 1.x. */
    public static final ModelFormat V1 = new ModelFormat(true);

    /** The resource that holds the records' part of the declaration as text, next to this class. */
    static final String RECORDS_FILE = "records-1.txt";

    private static final String RECORDS_HEADER = "# What ModelFormat.declareRecords() declares, one record per line;"
            + " written by RecordsFileTest, not by hand";

    /** The pattern of a decimal amount: plain digits, at most 30 before and 10 after the point. */
    public static final String DECIMAL_PATTERN = "^-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,10})?$";

    /**
     * The pattern of a text that is not blank: it has a character that is not white space. The white space is
     * listed, not written {@code \S}, because regular expression dialects disagree on what {@code \s} matches
     * (ECMA-262 takes the no-break space U+00A0 for white space, Java does not); the list is the union of them.
     */
    public static final String NOT_BLANK = "[^\\t\\n\\u000b\\f\\r \\u001c-\\u001f\\u0085\\u00a0\\u1680"
            + "\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";

    /**
     * The pattern of a date: {@code YYYY-MM-DD} with a year from 0001 to 9999, as ISO 8601 without its expansions
     * (a sign and more digits for other years). Whether the day exists in its month, the reader checks.
     */
    public static final String DATE = "^([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
            + "-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    private static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** The pattern of an emissions sector id: a scheme, a colon, and a code. */
    public static final String SECTOR_PATTERN = "^[a-z][a-z0-9]*(-[a-z0-9]+)*:\\S(.*\\S)?$";

    private final Map<Class<?>, RecordFormat<?>> records = new LinkedHashMap<>();
    private final Map<Class<?>, UnionFormat<?>> unions = new LinkedHashMap<>();
    private final Map<Class<?>, ScalarFormat<?>> scalars = new LinkedHashMap<>();

    private final boolean recordsFromFile;

    /**
     * Declares the format. The records' part is read from {@value #RECORDS_FILE} when asked to and the file is there:
     * the declaration names components by method references, and the JVM makes a class for each of those (about 120)
     * at every start, which class-data archives cannot keep as they are serializable; a test checks that the file
     * says what the declaration says ({@code RecordsFileTest}).
     */
    private ModelFormat(boolean recordsFromFile) {
        declareScalars();
        declareUnions();
        this.recordsFromFile = recordsFromFile && readRecords();
        if (!this.recordsFromFile) {
            declareRecords();
        }
    }

    /**
     * Returns the format as declared in code, records and all, ignoring {@value #RECORDS_FILE}: for the test that
     * keeps the file in step.
     *
     * @return the format
     */
    static ModelFormat declared() {
        return new ModelFormat(false);
    }

    /**
     * Checks if the records' part was read from {@value #RECORDS_FILE} rather than declared in code.
     *
     * @return true if read from the file
     */
    boolean recordsFromFile() {
        return recordsFromFile;
    }

    /**
     * Returns the text of {@value #RECORDS_FILE} for this format's records: a comment line, then one line per
     * declared record in declaration order.
     *
     * @return the text, ending with a line break
     */
    String recordsText() {
        StringBuilder text = new StringBuilder(RECORDS_HEADER).append('\n');
        for (RecordFormat<?> record : records.values()) {
            text.append(record.line()).append('\n');
        }
        return text.toString();
    }

    private boolean readRecords() {
        try (InputStream in = ModelFormat.class.getResourceAsStream(RECORDS_FILE)) {
            if (in == null) {
                return false;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    RecordFormat<?> format = RecordFormat.parse(line, ModelFormat.class.getClassLoader());
                    if (records.putIfAbsent(format.type(), format) != null) {
                        throw new IllegalStateException(RECORDS_FILE + " names " + format.type().getName() + " twice");
                    }
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RECORDS_FILE, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RECORDS_FILE + " no longer fits the model (rebuild it as "
                    + "CONTRIBUTING.md says): " + e.getMessage(), e);
        }
    }

    private void declareScalars() {
        scalar(String.class, null, null, NOT_BLANK, 0, "text, not blank");
        scalar(ActorId.class, ActorId::parse, ActorId::toString, SLUG, 64, "an actor id: a slug of lowercase letters"
                + " and digits in groups joined by single hyphens, at most 64 characters, naming an actor of the"
                + " document");
        scalar(LocalId.class, LocalId::parse, LocalId::toString, SLUG, 64, "a local id: a slug of lowercase letters"
                + " and digits in groups joined by single hyphens, at most 64 characters");
        scalar(MunicipalityCode.class, MunicipalityCode::parse, MunicipalityCode::toString, "^[0-9]{4}$", 0,
                "a Swedish municipality code, 4 digits such as 2081");
        scalar(CountyCode.class, CountyCode::parse, CountyCode::toString, "^[0-9]{2}$", 0,
                "a Swedish county code, 2 digits such as 20");
        scalar(CountryCode.class, CountryCode::parse, CountryCode::toString, "^[A-Z]{2}$", 0,
                "an assigned ISO 3166-1 alpha-2 country code such as SE");
        scalar(OrganisationNumber.class, OrganisationNumber::parse, OrganisationNumber::toString,
                "^[0-9]{6}-?[0-9]{4}$", 0, "a Swedish organisation number NNNNNN-NNNN with a valid Luhn check digit");
        scalar(NutsCode.class, NutsCode::parse, NutsCode::toString, "^[A-Z]{2}[A-Z0-9]{0,3}$", 0,
                "a NUTS code such as SE312");
        scalar(LauCode.class, LauCode::parse, LauCode::toString, "^[A-Z]{2}:[A-Z0-9-]{1,12}$", 0,
                "a LAU code COUNTRY:CODE such as SE:2081");
        scalar(Identifier.class, Identifier::parse, Identifier::toString, "^[a-z][a-z0-9]*(-[a-z0-9]+)*:\\S(.*\\S)?$",
                233, "an identifier namespace:value: a UN/LOCODE (locode:SE BOS), a LAU code (lau:DE:09162000), a"
                + " NUTS code (nuts:SE312), an ISO 3166-1 or 3166-2 code (iso3166-1:SE, iso3166-2:SE-W), a Swedish"
                + " municipality or county code (se-kommun:2081, se-lan:20), a Wikidata item (wikidata:Q208446),"
                + " checked by their rules; or any other namespace, kept as given (cdp:35860)");
        scalar(LocalDate.class, null, null, DATE, 0,
                "an ISO-8601 calendar date YYYY-MM-DD, with a year from 0001 to 9999, such as 2024-12-01");
        scalar(Currency.class, null, null, "^[A-Z]{3}$", 0, "an ISO 4217 currency code such as SEK");
        scalar(EmissionsSector.class, EmissionsSector::parse, EmissionsSector::id, SECTOR_PATTERN, 0,
                "an emissions sector id scheme:code: a Swedish national main sector (se:), a GHG Protocol GPC sector"
                + " or GPC 1.1 reference number (gpc:stationary-energy, gpc:I.1.1), or a sector of another scheme,"
                + " kept as given (crf:1.A.3.b)");
        scalar(NotationKey.class, NotationKey::parse, NotationKey::toString, "^[A-Za-z0-9*-]{1,16}$", 16,
                "a notation key saying why there is no figure: NO (not occurring), IE (included elsewhere), NE (not"
                + " estimated), C (confidential), or a key of the source's own");
        scalar(Share.class, null, null, null, 0, "a share from 0 to 1, such as 0.63 for 63 %");
        scalar(BigDecimal.class, null, null, DECIMAL_PATTERN, 0, "a decimal amount of plain digits, best written"
                + " as a string such as \"12500000\" so no tool loses precision");
    }

    private void declareUnions() {
        UnionFormat<Actor> actor = union(Actor.class, "actor");
        for (ActorKind kind : ActorKind.values()) {
            actor.subtype(kind.typeName(), kind.type());
        }
        union(Geography.class, "geography")
                .subtype(MunicipalityArea.TYPE_NAME, MunicipalityArea.class)
                .subtype(CountyArea.TYPE_NAME, CountyArea.class)
                .subtype(LauArea.TYPE_NAME, LauArea.class)
                .subtype(NutsArea.TYPE_NAME, NutsArea.class)
                .subtype(CountryArea.TYPE_NAME, CountryArea.class)
                .subtype(CountryGroupArea.TYPE_NAME, CountryGroupArea.class);
        union(TargetKind.class, "target kind")
                .subtype(TargetKind.AbsoluteReduction.TYPE_NAME, TargetKind.AbsoluteReduction.class)
                .subtype(TargetKind.RelativeReduction.TYPE_NAME, TargetKind.RelativeReduction.class)
                .subtype(TargetKind.ClimateNeutral.TYPE_NAME, TargetKind.ClimateNeutral.class)
                .subtype(TargetKind.NetZero.TYPE_NAME, TargetKind.NetZero.class)
                .subtype(TargetKind.PerCapitaIntensity.TYPE_NAME, TargetKind.PerCapitaIntensity.class)
                .subtype(TargetKind.FixedLevel.TYPE_NAME, TargetKind.FixedLevel.class)
                .subtype(TargetKind.BusinessAsUsualReduction.TYPE_NAME, TargetKind.BusinessAsUsualReduction.class);
        union(AdoptionCurve.class, "adoption curve")
                .subtype(AdoptionCurve.Linear.TYPE_NAME, AdoptionCurve.Linear.class)
                .subtype(AdoptionCurve.Logistic.TYPE_NAME, AdoptionCurve.Logistic.class)
                .subtype(AdoptionCurve.Step.TYPE_NAME, AdoptionCurve.Step.class);
    }

    private void declareRecords() {
        Range positive = Range.above(0, Double.NaN);
        // actors
        record(Municipality.class).optional(Municipality::partOf, Municipality::location, Municipality::areaKm2)
                .range(positive, Municipality::areaKm2);
        record(Territory.class).optional(Territory::country, Territory::partOf, Territory::location,
                Territory::areaKm2).range(positive, Territory::areaKm2);
        record(PlaceName.class).optional(PlaceName::language).unlocated();
        record(Location.class).range(Range.of(-90, 90), Location::latitude).range(Range.of(-180, 180),
                Location::longitude).unlocated();
        record(Company.class).optional(Company::organisationNumber);
        record(CivilSocietyOrganisation.class).optional(CivilSocietyOrganisation::organisationNumber);
        record(AcademicInstitution.class).optional(AcademicInstitution::organisationNumber);
        record(Population.class).optional(Population::provenance).range(Range.NON_NEGATIVE, Population::residents)
                .unlocated();
        // programme
        record(Programme.class).optional(Programme::office).range(Range.YEAR, Programme::climateNeutralityYear);
        record(PublishedMemberCount.class).optional(PublishedMemberCount::provenance)
                .range(Range.NON_NEGATIVE, PublishedMemberCount::count);
        record(Support.class).optional(Support::amount, Support::period, Support::funding, Support::provenance);
        record(Initiative.class).nonEmpty(Initiative::scopes);
        record(InitiativeScope.class).optional(InitiativeScope::provenance);
        record(Membership.class).optional(Membership::provenance);
        record(RoleAssignment.class).optional(RoleAssignment::provenance);
        record(ContractRound.class).optional(ContractRound::signed, ContractRound::provenance)
                .range(Range.YEAR, ContractRound::year);
        record(TwinPairing.class).optional(TwinPairing::replicationPlan);
        record(Commitment.class).optional(Commitment::reductionShare, Commitment::baselineYear, Commitment::madeOn,
                        Commitment::provenance)
                .range(Range.YEAR, Commitment::baselineYear, Commitment::byYear);
        // targets
        record(ClimateTarget.class).optional(ClimateTarget::baseline, ClimateTarget::adopted, ClimateTarget::url,
                        ClimateTarget::summary, ClimateTarget::provenance).nonEmpty(ClimateTarget::owners)
                .range(Range.YEAR, ClimateTarget::targetYear);
        record(Baseline.class).optional(Baseline::tonnesCo2e).range(Range.YEAR, Baseline::year)
                .range(Range.NON_NEGATIVE, Baseline::tonnesCo2e).unlocated();
        record(Milestone.class).optional(Milestone::provenance).range(Range.YEAR, Milestone::year);
        record(TargetKind.AbsoluteReduction.class).range(Range.NON_NEGATIVE, TargetKind.AbsoluteReduction::tonnesCo2e);
        record(TargetKind.PerCapitaIntensity.class)
                .range(Range.NON_NEGATIVE, TargetKind.PerCapitaIntensity::tonnesPerResident);
        record(TargetKind.FixedLevel.class).range(Range.NON_NEGATIVE, TargetKind.FixedLevel::tonnesCo2e);
        // emissions
        record(EmissionsInventory.class).optional(EmissionsInventory::reportedTotal)
                .range(Range.YEAR, EmissionsInventory::year);
        record(GasBasis.class).optional(GasBasis::gwp).unlocated();
        record(InventoryEntry.class).optional(InventoryEntry::scope, InventoryEntry::tonnesCo2e,
                InventoryEntry::notationKey, InventoryEntry::activity, InventoryEntry::source).unlocated();
        record(GasAmount.class).unlocated();
        record(ActivityData.class).unlocated();
        record(EmissionFactor.class).range(Range.NON_NEGATIVE, EmissionFactor::value).unlocated();
        // actions
        record(ActionPlan.class).optional(ActionPlan::adoptedYear).nonEmpty(ActionPlan::owners)
                .range(Range.YEAR, ActionPlan::adoptedYear);
        record(Action.class).optional(Action::affectedSector, Action::cost, Action::provenance, Action::actualStart,
                        Action::actualCompletion, Action::spent)
                .range(Range.NON_NEGATIVE, Action::expectedAnnualReduction)
                .range(Range.of(1, 100), Action::rampUpYears);
        // finance
        record(FundingSource.class).optional(FundingSource::funder, FundingSource::amount, FundingSource::period,
                FundingSource::provenance);
        record(InvestmentPlan.class).optional(InvestmentPlan::provenance);
        record(ActionCost.class).range(Range.YEAR, ActionCost::year);
        record(FundingAllocation.class).range(Range.YEAR, FundingAllocation::year);
        record(StatusChange.class).optional(StatusChange::note, StatusChange::provenance);
        // indicators
        record(Indicator.class).optional(Indicator::baseline, Indicator::baselineYear, Indicator::target,
                        Indicator::targetYear, Indicator::trackedAction, Indicator::trackedTarget, Indicator::owner,
                        Indicator::provenance)
                .range(Range.YEAR, Indicator::baselineYear, Indicator::targetYear);
        record(Observation.class).optional(Observation::period, Observation::provenance, Observation::note)
                .unlocated();
        // pilots and scaling
        record(Pilot.class).optional(Pilot::description).nonEmpty(Pilot::hostCities);
        record(Driver.class).optional(Driver::sector);
        record(EffectEstimate.class)
                .range(Range.NON_NEGATIVE, EffectEstimate::low, EffectEstimate::central, EffectEstimate::high)
                .unlocated();
        record(ScalingPlan.class).nonEmpty(ScalingPlan::stages);
        record(ScalingStage.class).optional(ScalingStage::provenance).nonEmpty(ScalingStage::geographies)
                .range(Range.YEAR, ScalingStage::startYear);
        record(Jurisdiction.class).range(Range.NON_NEGATIVE, Jurisdiction::driverValue);
        record(AdoptionCurve.Linear.class).range(Range.of(1, 100), AdoptionCurve.Linear::yearsToSaturation);
        record(AdoptionCurve.Logistic.class).range(Range.above(0, 100), AdoptionCurve.Logistic::midpointYears)
                .range(Range.above(0, 10), AdoptionCurve.Logistic::steepness);
        record(AdoptionCurve.Step.class).range(Range.of(0, 100), AdoptionCurve.Step::delayYears);
        // places
        record(CountryGroupArea.class).atLeast(2, CountryGroupArea::countries);
        // common values
        record(Money.class).unlocated();
        record(Provenance.class).optional(Provenance::source, Provenance::note).unlocated();
        record(DataSource.class).optional(DataSource::published, DataSource::vintage, DataSource::url,
                DataSource::citation, DataSource::methodology).unlocated();
        record(DateRange.class).optional(DateRange::end).unlocated();
        record(YearRange.class).range(Range.YEAR, YearRange::first, YearRange::last).unlocated();
        record(ProgrammeDocument.class);
    }

    private <T> void scalar(Class<T> type, @Nullable Function<String, T> parse, @Nullable Function<T, String> format,
            @Nullable String pattern,
            int maxLength, String description) {
        scalars.put(type, new ScalarFormat<>(type, parse, format, pattern, maxLength, description));
    }

    private <T> UnionFormat<T> union(Class<T> type, String description) {
        UnionFormat<T> union = new UnionFormat<>(type, description);
        unions.put(type, union);
        return union;
    }

    private <R> RecordFormat<R> record(Class<R> type) {
        if (records.containsKey(type)) {
            throw new IllegalStateException(type.getName() + " is declared twice");
        }
        RecordFormat<R> format = new RecordFormat<>(type);
        records.put(type, format);
        return format;
    }

    /**
     * Returns what the format says about a record: its declaration, or the defaults (every component required,
     * collections omitted when empty, located) for a record the declaration does not name.
     *
     * @param <R> the record type
     * @param type the record type
     * @return the record's format
     */
    @SuppressWarnings("unchecked")
    public <R> RecordFormat<R> recordFormat(Class<R> type) {
        RecordFormat<?> declared = records.get(type);
        return declared != null ? (RecordFormat<R>) declared : new RecordFormat<>(type);
    }

    /**
     * Returns the records the declaration names, in declaration order.
     *
     * @return the records' formats by type, unmodifiable
     */
    public Map<Class<?>, RecordFormat<?>> declaredRecords() {
        return Collections.unmodifiableMap(records);
    }

    /**
     * Returns the sealed types, in declaration order.
     *
     * @return the unions by sealed type, unmodifiable
     */
    public Map<Class<?>, UnionFormat<?>> unions() {
        return Collections.unmodifiableMap(unions);
    }

    /**
     * Returns the values written as one string, in declaration order.
     *
     * @return the scalars by type, unmodifiable
     */
    public Map<Class<?>, ScalarFormat<?>> scalars() {
        return Collections.unmodifiableMap(scalars);
    }
}
