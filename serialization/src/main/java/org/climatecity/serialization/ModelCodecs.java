package org.climatecity.serialization;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.calc.BudgetCheck;
import org.climatecity.core.calc.CostPerTonne;
import org.climatecity.core.calc.EmissionsProjection;
import org.climatecity.core.calc.GapAnalysis;
import org.climatecity.core.calc.GapYear;
import org.climatecity.core.calc.ScalingProjection;
import org.climatecity.core.calc.ScalingYear;
import org.climatecity.core.calc.StageProjection;
import org.climatecity.core.calc.Trend;
import org.climatecity.core.calc.YearValue;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.actor.ActorKind;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.id.NutsCode;
import org.climatecity.core.id.OrganisationNumber;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.targets.TargetKind;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of the whole model, built once from the records' components. This table is the single place that
 * decides the document format: which components are optional, which lists must not be empty, and the type names
 * of the sealed types.
 */
final class ModelCodecs {

    /** Components omitted when null: exactly the components annotated {@code @Nullable} in core. */
    static final Set<String> OPTIONAL = Set.of(
            "AcademicInstitution.organisationNumber", "CivilSocietyOrganisation.organisationNumber",
            "Company.organisationNumber", "Municipality.population",
            "Provenance.note",
            "Commitment.reductionPercent", "Commitment.baselineYear", "Commitment.madeOn",
            "Programme.office", "PublishedMemberCount.source", "Support.amount", "Support.period",
            "TwinPairing.replicationPlan", "DateRange.end",
            "ClimateTarget.baseline", "GasBasis.gwp", "InventoryEntry.scope",
            "Action.affectedSector", "Action.cost", "ActionPlan.adoptedYear",
            "FundingSource.funder", "FundingSource.amount",
            "Indicator.baseline", "Indicator.target", "Indicator.targetYear",
            "Driver.sector", "Pilot.description");

    /** Collections the model requires to be non-empty: required properties, every other one may be omitted. */
    static final Set<String> NON_EMPTY = Set.of(
            "Initiative.scopes", "ClimateTarget.owners", "ActionPlan.owners", "Pilot.hostCities",
            "ScalingPlan.stages", "ScalingStage.geographies", "CountryGroupArea.countries");

    /** The codecs of the model, shared by every reader, writer and mapper: immutable once built. */
    static final ModelCodecs INSTANCE = new ModelCodecs();

    private final Map<Class<?>, Codec<?>> codecs = new HashMap<>();
    final RecordCodec<ProgrammeDocument> document;
    final UnionCodec<Actor> actor;
    final UnionCodec<Geography> geography;
    final UnionCodec<TargetKind> targetKind;
    final UnionCodec<AdoptionCurve> adoptionCurve;

    private ModelCodecs() {
        codecs.put(String.class, ScalarCodecs.TEXT);
        codecs.put(LocalDate.class, ScalarCodecs.DATE);
        codecs.put(Currency.class, ScalarCodecs.CURRENCY);
        codecs.put(BigDecimal.class, ScalarCodecs.DECIMAL);
        codecs.put(int.class, ScalarCodecs.INT);
        codecs.put(Integer.class, ScalarCodecs.INT);
        codecs.put(long.class, ScalarCodecs.LONG);
        codecs.put(Long.class, ScalarCodecs.LONG);
        codecs.put(double.class, ScalarCodecs.DOUBLE);
        codecs.put(Double.class, ScalarCodecs.DOUBLE);
        codecs.put(EmissionsSector.class, ScalarCodecs.sector());
        codecs.put(ActorId.class, new ScalarCodecs.Parsed<>(ActorId::parse, ActorId::toString));
        codecs.put(LocalId.class, new ScalarCodecs.Parsed<>(LocalId::parse, LocalId::toString));
        codecs.put(MunicipalityCode.class,
                new ScalarCodecs.Parsed<>(MunicipalityCode::parse, MunicipalityCode::toString));
        codecs.put(CountyCode.class, new ScalarCodecs.Parsed<>(CountyCode::parse, CountyCode::toString));
        codecs.put(CountryCode.class, new ScalarCodecs.Parsed<>(CountryCode::parse, CountryCode::toString));
        codecs.put(NutsCode.class, new ScalarCodecs.Parsed<>(NutsCode::parse, NutsCode::toString));
        codecs.put(LauCode.class, new ScalarCodecs.Parsed<>(LauCode::parse, LauCode::toString));
        codecs.put(OrganisationNumber.class,
                new ScalarCodecs.Parsed<>(OrganisationNumber::parse, OrganisationNumber::toString));

        actor = new UnionCodec<>("actor");
        codecs.put(Actor.class, actor);
        for (ActorKind kind : ActorKind.values()) {
            actor.subtype(kind.typeName(), record(kind.type()));
        }
        geography = new UnionCodec<Geography>("geography")
                .subtype("municipality", record(Geography.MunicipalityArea.class))
                .subtype("county", record(Geography.CountyArea.class))
                .subtype("country", record(Geography.CountryArea.class))
                .subtype("country-group", record(Geography.CountryGroupArea.class));
        codecs.put(Geography.class, geography);
        targetKind = new UnionCodec<TargetKind>("target kind")
                .subtype("absolute-reduction", record(TargetKind.AbsoluteReduction.class))
                .subtype("relative-reduction", record(TargetKind.RelativeReduction.class))
                .subtype("climate-neutral", record(TargetKind.ClimateNeutral.class))
                .subtype("net-zero", record(TargetKind.NetZero.class))
                .subtype("per-capita-intensity", record(TargetKind.PerCapitaIntensity.class))
                .subtype("fixed-level", record(TargetKind.FixedLevel.class));
        codecs.put(TargetKind.class, targetKind);
        adoptionCurve = new UnionCodec<AdoptionCurve>("adoption curve")
                .subtype("linear", record(AdoptionCurve.Linear.class))
                .subtype("logistic", record(AdoptionCurve.Logistic.class))
                .subtype("step", record(AdoptionCurve.Step.class));
        codecs.put(AdoptionCurve.class, adoptionCurve);
        document = record(ProgrammeDocument.class);

        // results of the calculations, so that projections can be written (and read back) with the same conventions
        for (Class<?> result : List.of(YearValue.class, Trend.class, EmissionsProjection.class, GapYear.class,
                GapAnalysis.class, BudgetCheck.class, CostPerTonne.class, ScalingYear.class, StageProjection.class,
                ScalingProjection.class)) {
            record(result);
        }
        codecs.put(YearlySeries.class, new SeriesCodec(record(YearValue.class)));
    }

    /** A yearly series as an array of {@code {"year", "value"}} objects, oldest first. */
    private static final class SeriesCodec extends Codec<YearlySeries> {
        private final ListCodec<YearValue> points;

        SeriesCodec(RecordCodec<YearValue> point) {
            this.points = new ListCodec<>(point, false);
        }

        @Override
        @Nullable YearlySeries read(Reading r) {
            java.util.Collection<YearValue> values = points.read(r);
            if (values == null) {
                return null;
            }
            try {
                return YearlySeries.of(List.copyOf(values));
            } catch (org.climatecity.core.ClimateCityException e) {
                r.problem(Problem.INVALID_VALUE, e.getMessage());
                return null;
            }
        }

        @Override
        void write(YearlySeries value, Writing w) {
            points.write(value.points(), w);
        }

        @Override
        String expected() {
            return "an array";
        }
    }

    /** Returns the codec of a type of the model. */
    @SuppressWarnings("unchecked")
    <T> Codec<T> codec(Class<T> type) {
        Codec<?> codec = codecs.get(type);
        if (codec == null) {
            throw new IllegalArgumentException("not a type of the climate-city model: " + type.getName());
        }
        return (Codec<T>) codec;
    }

    /** Returns the codecs of every type, by type. */
    Map<Class<?>, Codec<?>> all() {
        return Map.copyOf(codecs);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Codec<Object> codecFor(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type element = parameterized.getActualTypeArguments()[0];
            if (raw == List.class || raw == Set.class) {
                return (Codec) new ListCodec<>(codecFor(element), raw == Set.class);
            }
            throw new IllegalStateException("unsupported component type " + type);
        }
        Class<?> raw = (Class<?>) type;
        Codec<?> codec = codecs.get(raw);
        if (codec != null) {
            return (Codec<Object>) codec;
        }
        if (raw.isEnum()) {
            Codec<?> named = ScalarCodecs.Named.ofEnum(words(raw.getSimpleName()), (Class) raw);
            codecs.put(raw, named);
            return (Codec<Object>) named;
        }
        if (raw.isRecord()) {
            return (Codec<Object>) record(raw);
        }
        throw new IllegalStateException("unsupported component type " + type);
    }

    @SuppressWarnings("unchecked")
    private <R> RecordCodec<R> record(Class<R> type) {
        Codec<?> existing = codecs.get(type);
        if (existing != null) {
            return (RecordCodec<R>) existing;
        }
        Set<String> optional = new HashSet<>();
        for (var component : type.getRecordComponents()) {
            if (OPTIONAL.contains(type.getSimpleName() + "." + component.getName())) {
                optional.add(component.getName());
            }
        }
        RecordCodec<R> codec = new RecordCodec<>(type, optional, type == ProgrammeDocument.class,
                words(type.getSimpleName()));
        codecs.put(type, codec);
        for (RecordCodec.Property property : codec.properties) {
            property.codec = codecFor(property.component.getGenericType());
        }
        return codec;
    }

    /** Turns {@code InitiativeScope} into {@code initiative scope}. */
    static String words(String camel) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                text.append(' ');
            }
            text.append(Character.toLowerCase(c));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** Checks if two model objects are the same kind of thing: the same type and, when they have one, the same id. */
    static boolean sameKind(Object a, Object b) {
        if (a.getClass() != b.getClass()) {
            return false;
        }
        Codec<?> codec = INSTANCE.codecs.get(a.getClass());
        if (codec instanceof RecordCodec<?> record) {
            RecordCodec.Property id = record.property("id");
            return id == null || Objects.equals(id.get(a), id.get(b));
        }
        return true;
    }

    /** Returns the record codec for a class, or null. */
    @Nullable RecordCodec<?> recordCodec(Class<?> type) {
        Codec<?> codec = codecs.get(type);
        return codec instanceof RecordCodec<?> record ? record : null;
    }

}
