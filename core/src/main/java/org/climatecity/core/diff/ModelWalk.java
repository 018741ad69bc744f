package org.climatecity.core.diff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.jspecify.annotations.Nullable;

/**
 * The comparison engine: walks two values of the model by their record components, matching list elements by id or
 * natural key (see the package description), and collects the changes.
 */
final class ModelWalk {

    private static final Map<Class<?>, Boolean> LEAVES = new ConcurrentHashMap<>();

    /** Where a comparison is: the innermost list, the parties and the subject of the innermost object. */
    private record Context(String part, List<ActorId> parties, String subject) {
        Context withPart(String name) {
            return new Context(name, parties, subject);
        }
    }

    private final DiffOptions options;
    private final List<Change> changes = new ArrayList<>();
    /** The pointer in the newer document of each list element of the older one compared, null when removed. */
    private final Map<String, @Nullable String> matches = new HashMap<>();

    ModelWalk(DiffOptions options) {
        this.options = options;
    }

    /** Compares two values at their pointers and returns the changes found. */
    static List<Change> compare(@Nullable Object older, @Nullable Object newer, String oldPointer, String newPointer,
            DiffOptions options) {
        ModelWalk walk = new ModelWalk(options);
        String part = lastName(newPointer);
        walk.compare(older, newer, oldPointer, newPointer, walk.enter(new Context(part, List.of(), ""), older, newer));
        return List.copyOf(walk.changes);
    }

    /** Compares two values and returns where each list element of the older one is in the newer, as for matches. */
    static Map<String, @Nullable String> matches(Object older, Object newer, DiffOptions options) {
        ModelWalk walk = new ModelWalk(options);
        walk.compare(older, newer, "", "", walk.enter(new Context("", List.of(), ""), older, newer));
        return walk.matches;
    }

    private void compare(@Nullable Object older, @Nullable Object newer, String oldPointer, String newPointer,
            Context context) {
        if (Objects.equals(older, newer)) {
            return;
        }
        if (older == null) {
            add(ChangeKind.ADDED, null, newPointer, null, newer, context);
        } else if (newer == null) {
            add(ChangeKind.REMOVED, oldPointer, null, older, null, context);
        } else if (older instanceof Collection<?> a && newer instanceof Collection<?> b) {
            // a set of the model is sorted and written in its order, so it is compared as a list
            compareLists(List.copyOf(a), List.copyOf(b), oldPointer, newPointer,
                    context.withPart(lastName(newPointer)));
        } else if (older instanceof Map<?, ?> a && newer instanceof Map<?, ?> b) {
            Set<Object> keys = new LinkedHashSet<>(a.keySet());
            keys.addAll(b.keySet());
            for (Object key : keys) {
                String segment = segment(String.valueOf(key));
                compare(a.get(key), b.get(key), oldPointer + segment, newPointer + segment, context);
            }
        } else if (older.getClass() == newer.getClass() && older instanceof Record && !isLeaf(older.getClass())) {
            Context inner = enter(context, older, newer);
            for (RecordComponent component : older.getClass().getRecordComponents()) {
                String segment = segment(component.getName());
                compare(value(component, older), value(component, newer), oldPointer + segment,
                        newPointer + segment, inner);
            }
        } else {
            add(ChangeKind.CHANGED, oldPointer, newPointer, older, newer, context);
        }
    }

    private void compareLists(List<?> older, List<?> newer, String oldPointer, String newPointer, Context context) {
        Map<Object, List<Integer>> newerByKey = new HashMap<>();
        for (int j = 0; j < newer.size(); j++) {
            newerByKey.computeIfAbsent(key(newer.get(j)), k -> new ArrayList<>()).add(j);
        }
        Map<Object, Integer> taken = new HashMap<>();
        boolean[] matched = new boolean[newer.size()];
        List<Integer> removed = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < older.size(); i++) {
            Object key = key(older.get(i));
            int occurrence = taken.merge(key, 1, Integer::sum) - 1;
            List<Integer> candidates = newerByKey.getOrDefault(key, List.of());
            if (occurrence < candidates.size()) {
                int j = candidates.get(occurrence);
                matched[j] = true;
                pairs.add(new int[] {i, j});
                matches.put(oldPointer + "/" + i, newPointer + "/" + j);
                compare(older.get(i), newer.get(j), oldPointer + "/" + i, newPointer + "/" + j,
                        enter(context, older.get(i), newer.get(j)));
            } else {
                removed.add(i);
            }
        }
        for (int[] pair : outOfOrder(pairs)) {
            add(ChangeKind.REORDERED, oldPointer + "/" + pair[0], newPointer + "/" + pair[1], older.get(pair[0]),
                    newer.get(pair[1]), enter(context, older.get(pair[0]), newer.get(pair[1])));
        }
        List<Integer> added = new ArrayList<>();
        for (int j = 0; j < newer.size(); j++) {
            if (!matched[j]) {
                added.add(j);
            }
        }
        if (options.moves()) {
            for (var removedIndex = removed.iterator(); removedIndex.hasNext();) {
                int i = removedIndex.next();
                for (var addedIndex = added.iterator(); addedIndex.hasNext();) {
                    int j = addedIndex.next();
                    if (sameButId(older.get(i), newer.get(j))) {
                        matches.put(oldPointer + "/" + i, newPointer + "/" + j);
                        add(ChangeKind.MOVED, oldPointer + "/" + i, newPointer + "/" + j, older.get(i), newer.get(j),
                                enter(context, older.get(i), newer.get(j)));
                        removedIndex.remove();
                        addedIndex.remove();
                        break;
                    }
                }
            }
        }
        for (int i : removed) {
            matches.put(oldPointer + "/" + i, null);
            add(ChangeKind.REMOVED, oldPointer + "/" + i, null, older.get(i), null, enter(context, older.get(i), null));
        }
        for (int j : added) {
            add(ChangeKind.ADDED, null, newPointer + "/" + j, null, newer.get(j), enter(context, null, newer.get(j)));
        }
    }

    /**
     * Returns the fewest matched pairs (older index, newer index), given in the older order, whose newer indexes are
     * out of order: those outside a longest increasing run of newer indexes (patience sorting, n log n).
     */
    private static List<int[]> outOfOrder(List<int[]> pairs) {
        int n = pairs.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int p = 0; p < n; p++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (pairs.get(tails[middle])[1] < pairs.get(p)[1]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[p] = low > 0 ? tails[low - 1] : -1;
            tails[low] = p;
            length = Math.max(length, low + 1);
        }
        boolean[] inOrder = new boolean[n];
        for (int p = length > 0 ? tails[length - 1] : -1; p >= 0; p = previous[p]) {
            inOrder[p] = true;
        }
        List<int[]> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (!inOrder[p]) {
                out.add(pairs.get(p));
            }
        }
        return out;
    }

    private void add(ChangeKind kind, @Nullable String oldPointer, @Nullable String newPointer,
            @Nullable Object older, @Nullable Object newer, Context context) {
        changes.add(new Change(kind, oldPointer, newPointer, older, newer, context.part(), context.parties(),
                context.subject()));
    }

    /** The context inside an object: its parties and subject, when it names any. */
    private Context enter(Context outer, @Nullable Object older, @Nullable Object newer) {
        Object object = newer != null ? newer : older;
        if (!(object instanceof Record) || isLeaf(object.getClass())) {
            return outer;
        }
        List<ActorId> parties = outer.parties();
        String subject = outer.subject();
        boolean partiesFound = false;
        for (RecordComponent component : object.getClass().getRecordComponents()) {
            Object value = value(component, object);
            if (!partiesFound && namesActors(component.getGenericType()) && value != null) {
                parties = value instanceof ActorId id ? List.of(id) : actorIds((List<?>) value);
                partiesFound = true;
            }
        }
        String label = label(object);
        return new Context(outer.part(), parties, label.isEmpty() ? subject : label);
    }

    /** Checks if a value of the model holds a component of a name, not null nor empty, at any depth. */
    static boolean holds(@Nullable Object value, String name) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().anyMatch(element -> holds(element, name));
        }
        if (!(value instanceof Record) || isLeaf(value.getClass())) {
            return false;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object inner = value(component, value);
            if (component.getName().equals(name) && inner != null
                    && !(inner instanceof Collection<?> collection && collection.isEmpty()) || holds(inner, name)) {
                return true;
            }
        }
        return false;
    }

    /** The identity of a list element: its id, its natural key, or the value itself. */
    static Object key(@Nullable Object element) {
        if (!(element instanceof Record) || isLeaf(element.getClass())) {
            return element == null ? List.of() : element;
        }
        RecordComponent[] components = element.getClass().getRecordComponents();
        List<Object> key = new ArrayList<>();
        key.add(element.getClass().getName());
        for (RecordComponent component : components) {
            if (component.getName().equals("id")) {
                return List.of("id", String.valueOf(value(component, element)));
            }
        }
        if (components.length > 0 && components[0].getType() == String.class) {
            // a leading text names the element, as a programme's name does
            key.add(Objects.requireNonNullElse(value(components[0], element), List.of()));
            return key;
        }
        for (RecordComponent component : components) {
            if (!isKeyType(component.getType())) {
                break;
            }
            key.add(Objects.requireNonNullElse(value(component, element), List.of()));
        }
        return key;
    }

    /** Checks if a component type names or dates an object: an identifier, an enum, a whole number, a date. */
    private static boolean isKeyType(Class<?> type) {
        return type.isEnum() || type == int.class || type == long.class || type == Integer.class
                || type == Long.class || Temporal.class.isAssignableFrom(type)
                || isLeaf(type) && parseMethod(type) != null;
    }

    private static boolean sameButId(Object older, Object newer) {
        if (older.getClass() != newer.getClass() || !(older instanceof Record) || isLeaf(older.getClass())) {
            return false;
        }
        boolean hasId = false;
        for (RecordComponent component : older.getClass().getRecordComponents()) {
            if (component.getName().equals("id")) {
                hasId = true;
            } else if (!Objects.equals(value(component, older), value(component, newer))) {
                return false;
            }
        }
        return hasId;
    }

    /** A short label of an object: its name, title or id. */
    static String label(Object object) {
        if (!(object instanceof Record) || isLeaf(object.getClass())) {
            return "";
        }
        for (String name : List.of("name", "title", "id")) {
            for (RecordComponent component : object.getClass().getRecordComponents()) {
                Object value = value(component, object);
                if (component.getName().equals(name) && value != null) {
                    return value.toString();
                }
            }
        }
        return "";
    }

    /**
     * Checks if a type is written as one value rather than an object of properties: a type that is not a record, a
     * record of one component (an id, a share), or a record that is parsed from one text (an identifier, a sector).
     */
    static boolean isLeaf(Class<?> type) {
        return LEAVES.computeIfAbsent(type, t -> !t.isRecord() && !t.isInterface()
                || t.isRecord() && t.getRecordComponents().length == 1 || parseMethod(t) != null);
    }

    private static @Nullable Method parseMethod(Class<?> type) {
        List<Class<?>> candidates = new ArrayList<>();
        candidates.add(type);
        candidates.addAll(List.of(type.getInterfaces()));
        for (Class<?> candidate : candidates) {
            try {
                Method parse = candidate.getMethod("parse", CharSequence.class);
                if (Modifier.isStatic(parse.getModifiers())) {
                    return parse;
                }
            } catch (NoSuchMethodException e) {
                // not text-shaped through this type
            }
        }
        return null;
    }

    private static boolean namesActors(Type type) {
        return type == ActorId.class || type instanceof ParameterizedType list && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] == ActorId.class;
    }

    private static List<ActorId> actorIds(List<?> values) {
        return values.stream().map(ActorId.class::cast).toList();
    }

    private static @Nullable Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ClimateCityException("cannot read component " + component.getName() + " of "
                    + record.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Returns a JSON Pointer segment, escaped. */
    static String segment(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private static String lastName(String pointer) {
        String[] segments = pointer.split("/", -1);
        for (int s = segments.length - 1; s > 0; s--) {
            if (!segments[s].chars().allMatch(Character::isDigit) || segments[s].isEmpty()) {
                return segments[s].replace("~1", "/").replace("~0", "~");
            }
        }
        return "";
    }
}
