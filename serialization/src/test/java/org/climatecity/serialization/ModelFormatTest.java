package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorKind;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.serialization.engine.ModelCodecs;
import org.climatecity.serialization.engine.RecordCodec;
import org.climatecity.serialization.format.ModelFormat;
import org.climatecity.serialization.format.RecordFormat;
import org.climatecity.serialization.format.UnionFormat;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The format ({@link ModelFormat}) covers the whole model: what the model says (optional components, sealed types'
 * subtypes and names) is read from it, and a non-empty list or a subtype without a name that the format does not
 * know fails here, by name.
 */
class ModelFormatTest {

    private static final ModelFormat FORMAT = ModelFormat.V1;

    /** Every record and sealed type a document can hold, found by walking the model from its root. */
    private static final Set<Class<?>> REACHABLE = reachable();

    /** One instance of every record a document holds, taken from generated documents and the canonical one. */
    private static final Map<Class<?>, Object> SAMPLES = samples();

    /** A record that is not part of the model, to show that the format reads optionality from any record. */
    record Sample(@Nullable String note, String name, List<String> tags, Geography.@Nullable CountryArea area) {
    }

    @Test
    void aComponentIsOptionalExactlyWhenItsTypeIsNullable() {
        RecordFormat<Sample> sample = FORMAT.recordFormat(Sample.class);
        assertThat(sample.isOptional("note")).isTrue();
        assertThat(sample.isOptional("area")).isTrue();
        assertThat(sample.isOptional("name")).isFalse();
        assertThat(sample.isOptional("tags")).isFalse();
        RecordFormat<Municipality> municipality = FORMAT.recordFormat(Municipality.class);
        assertThat(municipality.isOptional("partOf")).isTrue();
        assertThat(municipality.isOptional("country")).isFalse();
    }

    @Test
    void nonEmptyCollectionsAreExactlyThoseTheModelRequires() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : records()) {
            Object sample = SAMPLES.get(type);
            assertThat(sample).as("no sample of %s: extend DocumentGenerator so that it makes one", type).isNotNull();
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (!Collection.class.isAssignableFrom(components[i].getType())) {
                    continue;
                }
                int least = leastAccepted(sample, i);
                int declared = FORMAT.recordFormat(type).minimumSize(components[i].getName());
                if (least != declared) {
                    wrong.add(type.getSimpleName() + "::" + components[i].getName() + " needs " + least
                            + " elements, declared " + declared);
                }
            }
        }
        assertThat(wrong).as("collections whose least size the declaration does not state").isEmpty();
    }

    @Test
    void everySealedTypeIsWrittenWithItsConcreteSubtypesEachNamedOnce() {
        for (Class<?> type : REACHABLE) {
            if (!type.isSealed() || FORMAT.scalars().containsKey(type)) {
                continue;
            }
            UnionFormat<?> union = FORMAT.unionFormat(type);
            assertThat(new ArrayList<Class<?>>(union.subtypes().values())).as("subtypes of %s", type)
                    .containsExactlyInAnyOrderElementsOf(concreteSubtypes(type));
            assertThat(union.subtypes().keySet()).as("type names of %s", type)
                    .allSatisfy(name -> assertThat(name).matches("[a-z]+(-[a-z0-9]+)*"));
        }
    }

    @Test
    void typeNamesAreThoseTheModelDeclares() {
        assertThat(FORMAT.unionFormat(Actor.class).subtypes()).containsExactlyEntriesOf(
                java.util.Arrays.stream(ActorKind.values()).collect(java.util.stream.Collectors.toMap(
                        ActorKind::typeName, ActorKind::type, (a, b) -> a, java.util.LinkedHashMap::new)));
        assertThat(FORMAT.unionFormat(TargetKind.class).subtypes())
                .containsEntry(TargetKind.NetZero.TYPE_NAME, TargetKind.NetZero.class);
        // the order of the permits clause, which messages and the JSON Schema follow
        assertThat(FORMAT.unionFormat(Geography.class).subtypes().keySet())
                .containsExactly("municipality", "county", "lau", "nuts", "country", "country-group");
    }

    /** A sealed type whose second subtype forgot its name. */
    sealed interface Unnamed {
        /** Named. */
        record Named() implements Unnamed {
            /** The name. */
            public static final String TYPE_NAME = "named";
        }

        /** Not named. */
        record Nameless() implements Unnamed {
        }
    }

    @Test
    void aSubtypeWithoutATypeNameIsNamedInTheFailure() {
        assertThatThrownBy(() -> FORMAT.unionFormat(Unnamed.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(Unnamed.Nameless.class.getName() + " has no type name:")
                .hasMessageContaining("public static final String TYPE_NAME");
        assertThatThrownBy(() -> FORMAT.unionFormat(org.climatecity.core.emissions.EmissionsSector.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The permitted subclasses, with a sealed sub-interface (such as Place under Actor) replaced by its own. */
    private static List<Class<?>> concreteSubtypes(Class<?> sealed) {
        List<Class<?>> concrete = new ArrayList<>();
        for (Class<?> subtype : sealed.getPermittedSubclasses()) {
            if (subtype.isInterface() && subtype.isSealed()) {
                concrete.addAll(concreteSubtypes(subtype));
            } else {
                concrete.add(subtype);
            }
        }
        return concrete;
    }

    @Test
    void declarationNamesOnlyRecordsOfTheModel() {
        assertThat(FORMAT.declaredRecords().keySet()).allSatisfy(type ->
                assertThat(REACHABLE).as("declared record %s is not part of a document", type).contains(type));
    }

    @Test
    void codecsFollowTheDeclaration() {
        RecordCodec<?> initiative = ModelCodecs.INSTANCE.recordCodec(org.climatecity.core.programme.Initiative.class);
        assertThat(initiative.property("scopes").presence).isEqualTo(RecordCodec.Presence.REQUIRED);
        assertThat(initiative.property("pilots").presence).isEqualTo(RecordCodec.Presence.OMIT_EMPTY);
        RecordCodec<?> municipality = ModelCodecs.INSTANCE.recordCodec(Municipality.class);
        assertThat(municipality.property("partOf").presence).isEqualTo(RecordCodec.Presence.OPTIONAL);
        assertThat(municipality.property("population").presence).isEqualTo(RecordCodec.Presence.OMIT_EMPTY);
        assertThat(municipality.property("country").presence).isEqualTo(RecordCodec.Presence.REQUIRED);
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private static List<Class<?>> records() {
        return REACHABLE.stream().filter(t -> t.isRecord() && !FORMAT.scalars().containsKey(t))
                .sorted(java.util.Comparator.comparing(Class::getName)).toList();
    }

    /** The least number of leading elements of a sample's collection that the record's constructor accepts. */
    private static int leastAccepted(Object sample, int index) {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        Collection<?> full = (Collection<?>) get(sample, components[index]);
        List<?> elements = new ArrayList<>(full);
        for (int n = 0; n <= elements.size(); n++) {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = get(sample, components[i]);
            }
            List<?> head = elements.subList(0, n);
            args[index] = full instanceof Set<?> ? new LinkedHashSet<>(head) : new ArrayList<>(head);
            try {
                canonical(sample.getClass()).newInstance(args);
                return n;
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof ClimateCityException)) {
                    throw new AssertionError(e.getCause());
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the sample of " + sample.getClass() + " is not valid");
    }

    private static Object get(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        return type.getConstructor(types);
    }

    private static Set<Class<?>> reachable() {
        Set<Class<?>> found = new TreeSet<>(java.util.Comparator.comparing(Class::getName));
        visit(ProgrammeDocument.class, found);
        return found;
    }

    private static void visit(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                visit(argument, found);
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || !raw.getPackageName().startsWith("org.climatecity.core")
                || !found.add(raw)) {
            return;
        }
        if (FORMAT.scalars().containsKey(raw)) {
            return;
        }
        if (raw.isSealed()) {
            for (Class<?> subtype : raw.getPermittedSubclasses()) {
                visit(subtype, found);
            }
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                visit(component.getGenericType(), found);
            }
        }
    }

    private static Map<Class<?>, Object> samples() {
        Map<Class<?>, Object> samples = new HashMap<>();
        collect(CanonicalScenario.document(), samples);
        for (long seed = 1; seed <= 50; seed++) {
            collect(new DocumentGenerator(seed).document(), samples);
        }
        return samples;
    }

    /** Keeps the first instance of each record, preferring one whose collections hold the most elements. */
    private static void collect(Object value, Map<Class<?>, Object> samples) {
        if (value instanceof Collection<?> collection) {
            collection.forEach(element -> collect(element, samples));
            return;
        }
        if (value == null || !value.getClass().isRecord() || FORMAT.scalars().containsKey(value.getClass())) {
            return;
        }
        samples.merge(value.getClass(), value, (a, b) -> elements(b) > elements(a) ? b : a);
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            collect(get(value, component), samples);
        }
    }

    private static int elements(Object record) {
        int n = 0;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (get(record, component) instanceof Collection<?> collection && !collection.isEmpty()) {
                n += 1;
            }
        }
        return n;
    }
}
