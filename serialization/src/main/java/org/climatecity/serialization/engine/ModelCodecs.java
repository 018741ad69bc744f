package org.climatecity.serialization.engine;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.climatecity.core.common.Share;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.id.LocalId;
import org.climatecity.serialization.format.ModelFormat;
import org.climatecity.serialization.format.ReferenceFormat;
import org.climatecity.serialization.format.ScalarFormat;
import org.climatecity.serialization.format.UnionFormat;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of the whole model, built once from the records' components and the format's declaration
 * ({@link ModelFormat}). Immutable once built.
 */
public final class ModelCodecs {

    /** The codecs of the model, shared by every reader, writer and mapper. */
    public static final ModelCodecs INSTANCE = new ModelCodecs(ModelFormat.V1);

    private final ModelFormat format;
    private final Map<Class<?>, Codec<?>> codecs = new HashMap<>();
    private final RecordCodec<ProgrammeDocument> document;

    private ModelCodecs(ModelFormat format) {
        this.format = format;
        codecs.put(String.class, ScalarCodecs.TEXT);
        codecs.put(LocalDate.class, ScalarCodecs.DATE);
        codecs.put(Currency.class, ScalarCodecs.CURRENCY);
        codecs.put(BigDecimal.class, ScalarCodecs.DECIMAL);
        codecs.put(Share.class, ScalarCodecs.SHARE);
        codecs.put(int.class, ScalarCodecs.INT);
        codecs.put(Integer.class, ScalarCodecs.INT);
        codecs.put(long.class, ScalarCodecs.LONG);
        codecs.put(Long.class, ScalarCodecs.LONG);
        codecs.put(double.class, ScalarCodecs.DOUBLE);
        codecs.put(Double.class, ScalarCodecs.DOUBLE);
        for (ScalarFormat<?> scalar : format.scalars().values()) {
            if (scalar.parse() != null) {
                codecs.put(scalar.type(), parsed(scalar));
            }
        }
        List<ReferenceCodec<?>> references = new java.util.ArrayList<>();
        for (ReferenceFormat<?> reference : format.references().values()) {
            references.add(reference(reference, references.size()));
        }
        document = record(ProgrammeDocument.class);
        document.references = references.toArray(new ReferenceCodec<?>[0]);
        markReferenceHolders();

        // results of the calculations, so that projections can be written (and read back) with the same conventions
        for (Class<?> result : List.of(YearValue.class, Trend.class, EmissionsProjection.class, GapYear.class,
                GapAnalysis.class, BudgetCheck.class, CostPerTonne.class, ScalingYear.class, StageProjection.class,
                ScalingProjection.class)) {
            record(result);
        }
        codecs.put(YearlySeries.class, new SeriesCodec(record(YearValue.class)));
    }

    /** Makes the codec of a record a document declares once: the record's codec, used through a reference. */
    private <T> ReferenceCodec<T> reference(ReferenceFormat<T> reference, int slot) {
        RecordCodec<T> record = record(reference.type());
        ReferenceCodec<T> codec = new ReferenceCodec<>(reference, record, slot, codec(LocalId.class));
        codecs.put(reference.type(), codec);
        return codec;
    }

    /**
     * Marks the codecs whose values may hold a record a document declares once, to a fixed point, then gives each
     * record codec the properties that may hold one.
     */
    private void markReferenceHolders() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Codec<?> codec : codecs.values()) {
                boolean holds = codec.holdsReferences;
                if (codec instanceof RecordCodec<?> record) {
                    for (RecordCodec.Property property : record.properties) {
                        changed |= markList(property.codec);
                        holds |= property.codec.holdsReferences;
                    }
                } else if (codec instanceof UnionCodec<?> union) {
                    for (RecordCodec<?> subtype : union.subtypes().values()) {
                        holds |= subtype.holdsReferences;
                    }
                }
                if (holds && !codec.holdsReferences) {
                    codec.holdsReferences = true;
                    changed = true;
                }
            }
        }
        for (Codec<?> codec : codecs.values()) {
            if (codec instanceof RecordCodec<?> record) {
                record.referenceHolders = Arrays.stream(record.properties)
                        .filter(p -> p.kind == RecordCodec.Kind.OBJECT && p.codec.holdsReferences)
                        .toArray(RecordCodec.Property[]::new);
            }
        }
    }

    /** Marks a list (a component's own codec) whose elements may hold references; true when it was marked now. */
    private static boolean markList(Codec<?> codec) {
        if (!(codec instanceof ListCodec<?> list)) {
            return false;
        }
        boolean changed = markList(list.element);
        if (!list.holdsReferences && list.element.holdsReferences) {
            list.holdsReferences = true;
            return true;
        }
        return changed;
    }

    /**
     * Returns the codec of a record a document declares once.
     *
     * @param type the record type
     * @return the codec
     * @throws IllegalArgumentException if documents do not declare values of the type once
     */
    ReferenceCodec<?> reference(Class<?> type) {
        if (codecs.get(type) instanceof ReferenceCodec<?> reference) {
            return reference;
        }
        throw new IllegalArgumentException(type.getName() + " is not declared once in documents");
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
            if (values == null || values instanceof ListCodec.Partial) {
                // the problems of the points left out are reported, not those of a series without them
                return null;
            }
            try {
                return YearlySeries.of(List.copyOf(values));
            } catch (org.climatecity.core.ClimateCityException e) {
                r.problem(Codes.INVALID_VALUE, e.getMessage());
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

    /**
     * Returns the format this table was built from.
     *
     * @return the format
     */
    public ModelFormat format() {
        return format;
    }

    /**
     * Returns the codec of the document root.
     *
     * @return the codec
     */
    public RecordCodec<ProgrammeDocument> document() {
        return document;
    }

    /**
     * Returns the codec of a type of the model.
     *
     * @param <T> the type
     * @param type the type
     * @return the codec
     * @throws IllegalArgumentException if the type is not part of the model
     */
    @SuppressWarnings("unchecked")
    public <T> Codec<T> codec(Class<T> type) {
        Codec<?> codec = codecs.get(type);
        if (codec == null) {
            throw new IllegalArgumentException("not a type of the climate-city model: " + type.getName());
        }
        return (Codec<T>) codec;
    }

    /**
     * Returns the names a value of a fixed set is written as, such as an enum's kebab-case names.
     *
     * @param type an enum of the model, or {@code EmissionsSector}
     * @return the names in order
     * @throws IllegalArgumentException if values of the type are not written by name
     */
    public List<String> names(Class<?> type) {
        if (codecs.get(type) instanceof ScalarCodecs.Named<?> named) {
            return named.allowed();
        }
        throw new IllegalArgumentException(type.getName() + " is not written by name");
    }

    /**
     * Returns the codecs of every type, by type.
     *
     * @return a copy of the table
     */
    public Map<Class<?>, Codec<?>> all() {
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
        if (raw.isSealed()) {
            return (Codec<Object>) union(format.unionFormat(raw));
        }
        throw new IllegalStateException("unsupported component type " + type);
    }

    private static <T> Codec<T> parsed(ScalarFormat<T> scalar) {
        return new ScalarCodecs.Parsed<>(scalar.type(), Objects.requireNonNull(scalar.parse()),
                Objects.requireNonNull(scalar.format()));
    }

    private <T> UnionCodec<T> union(UnionFormat<T> union) {
        UnionCodec<T> codec = new UnionCodec<>(words(union.type().getSimpleName()));
        codecs.put(union.type(), codec);
        union.subtypes().forEach((name, subtype) -> codec.subtype(name, record(subtype)));
        return codec;
    }

    @SuppressWarnings("unchecked")
    private <R> RecordCodec<R> record(Class<R> type) {
        Codec<?> existing = codecs.get(type);
        if (existing != null) {
            return (RecordCodec<R>) existing;
        }
        RecordCodec<R> codec = new RecordCodec<>(format.recordFormat(type), type == ProgrammeDocument.class,
                words(type.getSimpleName()));
        codecs.put(type, codec);
        for (RecordCodec.Property property : codec.properties) {
            property.codec = codecFor(property.component.getGenericType());
            // the writer writes int, long and double components itself, unboxed, as these codecs do
            Codec<?> primitive = switch (property.kind) {
                case INT -> ScalarCodecs.INT;
                case LONG -> ScalarCodecs.LONG;
                case DOUBLE -> ScalarCodecs.DOUBLE;
                case OBJECT -> property.codec;
            };
            if (property.codec != primitive) {
                throw new IllegalStateException("component " + type.getName() + "." + property.name
                        + " is written unboxed, but its codec is not the plain number codec");
            }
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
    boolean sameKind(Object a, Object b) {
        if (a.getClass() != b.getClass()) {
            return false;
        }
        Codec<?> codec = codecs.get(a.getClass());
        if (codec instanceof RecordCodec<?> record) {
            RecordCodec.Property id = record.property("id");
            return id == null || Objects.equals(id.get(a), id.get(b));
        }
        return true;
    }

    /**
     * Returns the record codec for a class.
     *
     * @param type the class
     * @return the codec, or null when the class is not a record of the model
     */
    public @Nullable RecordCodec<?> recordCodec(Class<?> type) {
        Codec<?> codec = codecs.get(type);
        if (codec instanceof ReferenceCodec<?> reference) {
            return reference.record;
        }
        return codec instanceof RecordCodec<?> record ? record : null;
    }

}
