package org.climatecity.serialization.format;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionEffect;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorKind;
import org.climatecity.core.actor.Location;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.PlaceName;
import org.climatecity.core.actor.Population;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Money;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.common.YearEstimate;
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
import org.climatecity.core.geo.Geography.CountryGroupArea;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.id.NutsCode;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.Observation;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.pilot.EffectEstimate;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.Commitment;
import org.climatecity.core.programme.ContractRound;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.programme.PublishedMemberCount;
import org.climatecity.core.scenario.ProjectedEmissions;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.Milestone;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.core.time.DateRange;
import org.climatecity.core.time.YearRange;
import org.jspecify.annotations.Nullable;

/**
 * The document format, declared once: what the format says about the model beyond what the model says itself. The
 * codecs, the JSON Schema generator and the problem locator all read this declaration; nothing else in the library
 * names a component.
 *
 * <p>From the model come each record's components, their names and types, which of them are optional (a component
 * whose type is {@code @Nullable}) and, for each sealed type, its subtypes and their type names (see
 * {@link #unionFormat(Class)}). Declared here is only what the model cannot say: the values written as one string
 * with their patterns and descriptions, the lists that must not be empty, the ranges of numbers, the records
 * whose start readers need not record ({@code unlocated}), and the records a document declares once and names by
 * id ({@link #references()}). A test fails for a list the model requires to be non-empty
 * and the declaration does not, and for a sealed subtype without a type name.
 */
public final class ModelFormat {

    /** The format of version 1.x. */
    public static final ModelFormat V1 = new ModelFormat();

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
    private final Map<Class<?>, ScalarFormat<?>> scalars = new LinkedHashMap<>();
    private final Map<Class<?>, ReferenceFormat<?>> references = new LinkedHashMap<>();

    private ModelFormat() {
        declareScalars();
        declareRecords();
        declareReferences();
    }

    /** The records a document declares once and names by id elsewhere. */
    private void declareReferences() {
        // every inventory, entry and observation of an import names the same few sources: declared once, a
        // Klimatkollen import is a twenty-fifth of the size it is with each source written out in full
        referenced(new ReferenceFormat<>(DataSource.class, "dataSources", "data source",
                source -> source.publisher() + " " + source.name(),
                source -> source.vintage() != null ? source.vintage()
                        : source.published() != null ? source.published().toString() : null,
                id -> DataSource.of("a data source declared later", id)));
    }

    private void referenced(ReferenceFormat<?> reference) {
        if (!records.containsKey(reference.type())) {
            throw new IllegalStateException(reference.type().getName() + " is referenced, so it must be declared as"
                    + " a record");
        }
        references.put(reference.type(), reference);
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
        scalar(NutsCode.class, NutsCode::parse, NutsCode::toString, "^[A-Z]{2}[A-Z0-9]{0,3}$", 0,
                "a NUTS code such as SE312");
        scalar(LauCode.class, LauCode::parse, LauCode::toString, "^[A-Z]{2}:[A-Z0-9-]{1,12}$", 0,
                "a LAU code COUNTRY:CODE such as SE:2081");
        scalar(Identifier.class, Identifier::parse, Identifier::toString, "^[a-z][a-z0-9]*(-[a-z0-9]+)*:\\S(.*\\S)?$",
                233, "an identifier namespace:value: a UN/LOCODE (locode:SE BOS), a LAU code (lau:DE:09162000), a"
                + " NUTS code (nuts:SE312), an ISO 3166-1 or 3166-2 code (iso3166-1:SE, iso3166-2:SE-W), a Swedish"
                + " municipality or county code (se-kommun:2081, se-lan:20), a Wikidata item (wikidata:Q208446), a"
                + " Legal Entity Identifier with ISO 7064 check digits (lei:...), an EU VAT number"
                + " (vat:SE556016342901), a Swedish organisation number (se-orgnr:556016-3429), checked by their"
                + " rules; or any other namespace, kept as given (cdp:35860)");
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

    private void declareRecords() {
        // components by name: a name that is not a component of the record (misspelt, or renamed in the model)
        // fails as this class is loaded, with the record's components in the message, so every test that reads or
        // writes a document fails on it. Names, not method references: serializable method references were
        // spun as classes on every start, which no class-data archive keeps (issue #29)
        Range positive = Range.above(0, Double.NaN);
        // actors
        record(Municipality.class).range(positive, "areaKm2");
        record(Territory.class).range(positive, "areaKm2");
        record(PlaceName.class).unlocated();
        record(Location.class).range(Range.of(-90, 90), "latitude").range(Range.of(-180, 180),
                "longitude").unlocated();
        record(Population.class).range(Range.NON_NEGATIVE, "residents").unlocated();
        // programme
        record(Programme.class).range(Range.YEAR, "climateNeutralityYear");
        record(PublishedMemberCount.class).range(Range.NON_NEGATIVE, "count");
        record(Initiative.class).nonEmpty("scopes");
        record(ContractRound.class).range(Range.YEAR, "year");
        record(Commitment.class).range(Range.YEAR, "baselineYear", "byYear");
        // targets
        record(ClimateTarget.class).nonEmpty("owners").range(Range.YEAR, "targetYear");
        record(Baseline.class).range(Range.YEAR, "year").range(Range.NON_NEGATIVE, "tonnesCo2e")
                .unlocated();
        record(Milestone.class).range(Range.YEAR, "year");
        record(TargetKind.AbsoluteReduction.class).range(Range.NON_NEGATIVE, "tonnesCo2e");
        record(TargetKind.PerCapitaIntensity.class)
                .range(Range.NON_NEGATIVE, "tonnesPerResident");
        record(TargetKind.FixedLevel.class).range(Range.NON_NEGATIVE, "tonnesCo2e");
        // emissions
        record(EmissionsInventory.class).range(Range.YEAR, "year");
        record(GasBasis.class).unlocated();
        record(InventoryEntry.class).unlocated();
        record(GasAmount.class).unlocated();
        record(ActivityData.class).unlocated();
        record(EmissionFactor.class).range(Range.NON_NEGATIVE, "value").unlocated();
        // actions
        record(ActionPlan.class).nonEmpty("owners").range(Range.YEAR, "adoptedYear");
        record(Action.class).range(Range.NON_NEGATIVE, "expectedAnnualReduction")
                .range(Range.of(1, 100), "rampUpYears");
        record(ActionEffect.class).nonEmpty("reductions").nonEmpty("sectors");
        // scenarios
        record(Scenario.class).range(Range.YEAR, "baseYear");
        record(ProjectedEmissions.class).range(Range.YEAR, "year");
        // finance
        record(ActionCost.class).range(Range.YEAR, "year");
        record(FundingAllocation.class).range(Range.YEAR, "year");
        // indicators
        record(Indicator.class).range(Range.YEAR, "baselineYear", "targetYear");
        record(Observation.class).unlocated();
        // pilots and scaling
        record(Pilot.class).nonEmpty("hostCities");
        record(EffectEstimate.class)
                .range(Range.NON_NEGATIVE, "low", "central", "high")
                .unlocated();
        record(ScalingPlan.class).nonEmpty("stages");
        record(ScalingStage.class).nonEmpty("geographies").range(Range.YEAR, "startYear");
        record(Jurisdiction.class).range(Range.NON_NEGATIVE, "driverValue");
        record(AdoptionCurve.Linear.class).range(Range.of(1, 100), "yearsToSaturation");
        record(AdoptionCurve.Logistic.class).range(Range.above(0, 100), "midpointYears")
                .range(Range.above(0, 10), "steepness");
        record(AdoptionCurve.Step.class).range(Range.of(0, 100), "delayYears");
        // places
        record(CountryGroupArea.class).atLeast(2, "countries");
        // common values
        record(Money.class).unlocated();
        record(Provenance.class).unlocated();
        record(DataSource.class).unlocated();
        record(DateRange.class).unlocated();
        record(YearRange.class).range(Range.YEAR, "first", "last").unlocated();
        record(YearEstimate.class).range(Range.YEAR, "year");
    }

    private <T> void scalar(Class<T> type, @Nullable Function<String, T> parse, @Nullable Function<T, String> format,
            @Nullable String pattern,
            int maxLength, String description) {
        scalars.put(type, new ScalarFormat<>(type, parse, format, pattern, maxLength, description));
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
     * Returns what the format says about a record: its declaration, or the defaults (a component optional when
     * {@code @Nullable} and required otherwise, collections omitted when empty, located) for a record the declaration
     * does not name.
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
     * Returns what the format says about a sealed type of the model, all of it read from the model: its subtypes are
     * the records its {@code permits} clauses name, through sealed sub-interfaces (such as {@code Place} under
     * {@code Actor}), in that order; each is named by its {@code public static final String TYPE_NAME}, and an actor
     * by its {@link ActorKind} constant, in the order of {@code ActorKind}.
     *
     * @param <T> the sealed type
     * @param type the sealed type, not a scalar such as {@code EmissionsSector}
     * @return the type's format
     * @throws IllegalArgumentException if the type is not sealed or is written as a string
     * @throws IllegalStateException if a subtype has no type name, or two subtypes have the same
     */
    public <T> UnionFormat<T> unionFormat(Class<T> type) {
        if (!type.isSealed() || scalars.containsKey(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a sealed type of the model written as an"
                    + " object");
        }
        List<Class<? extends T>> members = new ArrayList<>();
        addConcreteSubtypes(type, type, members);
        if (Actor.class.isAssignableFrom(type)) {
            members.sort(Comparator.comparingInt(member -> actorKind(member).ordinal()));
        }
        Map<String, Class<? extends T>> subtypes = new LinkedHashMap<>();
        for (Class<? extends T> member : members) {
            Class<?> before = subtypes.putIfAbsent(typeName(member), member);
            if (before != null) {
                throw new IllegalStateException(member.getName() + " and " + before.getName() + " have the same"
                        + " type name '" + typeName(member) + "'");
            }
        }
        return new UnionFormat<>(type, subtypes);
    }

    private static <T> void addConcreteSubtypes(Class<T> root, Class<?> sealed, List<Class<? extends T>> members) {
        for (Class<?> subtype : sealed.getPermittedSubclasses()) {
            if (subtype.isSealed()) {
                addConcreteSubtypes(root, subtype, members);
            } else {
                members.add(subtype.asSubclass(root));
            }
        }
    }

    /** The name of a subtype in documents, as the model declares it once. */
    private static String typeName(Class<?> subtype) {
        if (Actor.class.isAssignableFrom(subtype)) {
            return actorKind(subtype).typeName();
        }
        try {
            Field field = subtype.getDeclaredField("TYPE_NAME");
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && field.getType() == String.class) {
                return (String) field.get(null);
            }
        } catch (NoSuchFieldException e) {
            // reported below
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the type name of " + subtype.getName(), e);
        }
        throw new IllegalStateException(subtype.getName() + " has no type name: a subtype of a sealed type of the"
                + " model declares public static final String TYPE_NAME, the name documents use for it");
    }

    private static ActorKind actorKind(Class<?> actor) {
        for (ActorKind kind : ActorKind.values()) {
            if (kind.type() == actor) {
                return kind;
            }
        }
        throw new IllegalStateException(actor.getName() + " has no type name: each actor type has an ActorKind"
                + " constant, which names it in documents");
    }

    /**
     * Returns the records a document declares once, in a list of its root, and names by id wherever the model
     * holds them, in declaration order.
     *
     * @return the declarations by type, unmodifiable
     */
    public Map<Class<?>, ReferenceFormat<?>> references() {
        return Collections.unmodifiableMap(references);
    }

    /**
     * Returns the names of the components that hold a value of a referenced type, in any record of the format: where
     * a document names such a value by its id.
     *
     * @param referenced a type of {@link #references()}, not null
     * @return the component names, such as {@code source} for data sources
     */
    public Set<String> referencingComponents(Class<?> referenced) {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> type : records.keySet()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType() == referenced) {
                    names.add(component.getName());
                }
            }
        }
        return names;
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
