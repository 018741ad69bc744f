package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.junit.jupiter.api.Test;

/**
 * The reference rules visit every reference of the model: found by a reflective walk, not a list kept by hand.
 *
 * <p>Every component of type {@link ActorId} (other than an actor's own id) must be checked by {@link KnownActors}
 * (through {@link ActorReferences}), and every {@link LocalId} component that is not a record's own {@code id} by
 * {@link KnownLocalIds}: replacing the value in a document with an id nothing defines must give a violation of that
 * rule at exactly that path. A new reference component that the rules do not visit fails here, by name; so
 * does one the fixture document does not exercise.
 */
class ReferenceRulesCompletenessTest {

    private static final ActorId NO_ACTOR = ActorId.of("no-such-actor");
    private static final LocalId NO_LOCAL = LocalId.of("no-such-thing");

    /** A reference found in the fixture: its path, the component it is in, and its value. */
    private record Reference(List<Object> path, String component, Object value) {
        String propertyPath() {
            StringBuilder text = new StringBuilder();
            for (Object segment : path) {
                if (segment instanceof Integer index) {
                    text.append('[').append(index).append(']');
                } else {
                    text.append(text.length() == 0 ? "" : ".").append(segment);
                }
            }
            return text.toString();
        }
    }

    @Test
    void everyActorReferenceIsCheckedByKnownActors() {
        ProgrammeDocument document = CanonicalScenario.document();
        List<Reference> references = references(document, ActorId.class);
        assertThat(components(references)).as("ActorId components the fixture exercises")
                .containsExactlyInAnyOrderElementsOf(declaredReferences(ActorId.class));
        for (Reference reference : references) {
            ProgrammeDocument broken = (ProgrammeDocument) replace(document, reference.path(), 0, NO_ACTOR);
            assertThat(DocumentValidation.problems(broken))
                    .as("replacing %s (%s)", reference.propertyPath(), reference.component())
                    .anySatisfy(problem -> {
                        assertThat(problem.code()).isEqualTo("known-actors");
                        assertThat(problem.path()).isEqualTo(reference.propertyPath());
                    });
        }
    }

    @Test
    void everyLocalReferenceIsCheckedByKnownLocalIds() {
        ProgrammeDocument document = CanonicalScenario.document();
        List<Reference> references = references(document, LocalId.class);
        assertThat(components(references)).as("LocalId reference components the fixture exercises")
                .containsExactlyInAnyOrderElementsOf(declaredReferences(LocalId.class));
        for (Reference reference : references) {
            ProgrammeDocument broken = (ProgrammeDocument) replace(document, reference.path(), 0, NO_LOCAL);
            assertThat(DocumentValidation.problems(broken))
                    .as("replacing %s (%s)", reference.propertyPath(), reference.component())
                    .anySatisfy(problem -> {
                        assertThat(problem.code()).isEqualTo("known-local-ids");
                        assertThat(problem.path()).isEqualTo(reference.propertyPath());
                    });
        }
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    /** Checks if a component defines an id rather than referring to one. */
    private static boolean isDefinition(Class<?> owner, String component) {
        return component.equals("id") && (Actor.class.isAssignableFrom(owner) || !owner.isInterface());
    }

    private static Set<String> components(List<Reference> references) {
        Set<String> names = new TreeSet<>();
        references.forEach(reference -> names.add(reference.component()));
        return names;
    }

    /** Every component of the model holding ids of a type (alone or in a collection), outside definitions. */
    private static Set<String> declaredReferences(Class<?> idType) {
        Set<String> found = new TreeSet<>();
        walkTypes(ProgrammeDocument.class, new LinkedHashSet<>(), idType, found);
        return found;
    }

    private static void walkTypes(Type type, Set<Class<?>> seen, Class<?> idType, Set<String> found) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                walkTypes(argument, seen, idType, found);
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || raw == idType || !raw.getPackageName().startsWith("org.climatecity")
                || !seen.add(raw)) {
            return;
        }
        if (raw.isSealed()) {
            for (Class<?> subtype : raw.getPermittedSubclasses()) {
                walkTypes(subtype, seen, idType, found);
            }
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (holds(component.getGenericType(), idType) && !isDefinition(raw, component.getName())) {
                    found.add(raw.getSimpleName() + "." + component.getName());
                }
                walkTypes(component.getGenericType(), seen, idType, found);
            }
        }
    }

    private static boolean holds(Type type, Class<?> idType) {
        if (type == idType) {
            return true;
        }
        return type instanceof ParameterizedType parameterized
                && Collection.class.isAssignableFrom((Class<?>) parameterized.getRawType())
                && parameterized.getActualTypeArguments()[0] == idType;
    }

    private static List<Reference> references(Object root, Class<?> idType) {
        List<Reference> found = new ArrayList<>();
        walk(root, new ArrayList<>(), null, idType, found);
        return found;
    }

    private static void walk(Object value, List<Object> path, String component, Class<?> idType,
            List<Reference> found) {
        if (idType.isInstance(value)) {
            if (component != null) {
                found.add(new Reference(List.copyOf(path), component, value));
            }
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                path.add(i++);
                walk(element, path, component, idType, found);
                path.remove(path.size() - 1);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            path.add(c.getName());
            String name = isDefinition(value.getClass(), c.getName()) ? null
                    : value.getClass().getSimpleName() + "." + c.getName();
            walk(get(value, c), path, name, idType, found);
            path.remove(path.size() - 1);
        }
    }

    /** Rebuilds a value with the element at a path replaced. */
    private static Object replace(Object value, List<Object> path, int depth, Object replacement) {
        if (depth == path.size()) {
            return replacement;
        }
        Object segment = path.get(depth);
        if (value instanceof Collection<?> collection) {
            List<Object> elements = new ArrayList<>(collection);
            int index = (Integer) segment;
            elements.set(index, replace(elements.get(index), path, depth + 1, replacement));
            return collection instanceof Set<?> ? new LinkedHashSet<>(elements) : elements;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = get(value, components[i]);
            types[i] = components[i].getType();
            if (components[i].getName().equals(segment)) {
                args[i] = replace(args[i], path, depth + 1, replacement);
            }
        }
        try {
            Constructor<?> constructor = value.getClass().getConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object get(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
