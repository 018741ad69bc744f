package org.climatecity.serialization.engine;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.document.RuleViolation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns violations of the document rules, found by {@link org.climatecity.core.document.DocumentRules} or by a
 * Jakarta Validation provider, into problems with JSON Pointers and, when known, locations.
 */
public final class ConstraintProblems {

    private ConstraintProblems() {
    }

    /**
     * Converts the violations a Jakarta Validation provider reports for a document to rule violations, as
     * {@link org.climatecity.core.document.DocumentRules} reports them: a violation of the document's constraint is
     * read back with its rule's code and message ({@link RuleViolation#from}); a violation of any other constraint
     * (one a user added) gets the kebab-case simple name of its annotation as its code.
     *
     * @param violations the provider's violations
     * @return the rule violations, in no particular order
     */
    public static List<RuleViolation> of(Set<ConstraintViolation<ProgrammeDocument>> violations) {
        List<RuleViolation> converted = new ArrayList<>(violations.size());
        for (ConstraintViolation<ProgrammeDocument> violation : violations) {
            converted.add(RuleViolation.from(violation).orElseGet(() -> new RuleViolation(code(violation),
                    violation.getPropertyPath().toString(), pointer(violation.getPropertyPath()),
                    String.valueOf(violation.getMessage()))));
        }
        return converted;
    }

    /**
     * Converts violations of a document's rules to findings, sorted by position, pointer, code and message.
     *
     * @param violations the violations
     * @param document the validated document
     * @param locations where each recorded object started, or null when not known
     * @return the findings
     */
    public static List<Finding> of(List<RuleViolation> violations, ProgrammeDocument document,
            @Nullable Map<Object, TokenStreamLocation> locations) {
        List<Finding> problems = new ArrayList<>(violations.size());
        for (RuleViolation violation : violations) {
            String pointer = violation.pointer();
            TokenStreamLocation location = locations == null ? null : locate(document, pointer, locations);
            problems.add(new Finding(pointer, violation.code(), violation.message(),
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr()));
        }
        problems.sort(Finding.ORDER);
        return problems;
    }

    /**
     * Converts violations of a document bound in part to findings, sorted as {@link #of}: each pointer, and each
     * index of another element in a message, is mapped to the source, and a violation that may only be the consequence
     * of an element that failed to bind is dropped (see {@link PartialDocument}).
     *
     * @param violations the violations of the partial document
     * @param partial the partial document
     * @return the findings
     */
    public static List<Finding> of(List<RuleViolation> violations, PartialDocument partial) {
        List<Finding> problems = new ArrayList<>(violations.size());
        ProgrammeDocument document = partial.document();
        for (RuleViolation violation : violations) {
            String pointer = violation.pointer();
            Walk walk = new Walk(document, pointer, partial.sourceIndices());
            if (partial.mayReferToAFailedElement(walk.value)) {
                continue;
            }
            TokenStreamLocation location = partial.locations() == null ? null
                    : locate(document, pointer, partial.locations());
            problems.add(new Finding(walk.source.toString(), violation.code(), walk.inSource(violation.message()),
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr()));
        }
        problems.sort(Finding.ORDER);
        return problems;
    }

    /**
     * A walk along a pointer of a partial document: the value at its end, the pointer with each index mapped to the
     * source, and the lists it passed, to map the indices a message names.
     */
    private static final class Walk {
        /** A chain of components such as {@code initiatives[0].targets[2]} or {@code scopes[1]} in a message. */
        private static final Pattern CHAIN = Pattern.compile("[a-z][A-Za-z]*(?:\\[[0-9]+\\])?"
                + "(?:\\.[a-z][A-Za-z]*(?:\\[[0-9]+\\])?)*");
        private static final Pattern LINK = Pattern.compile("([a-z][A-Za-z]*)(?:\\[([0-9]+)\\])?");

        private final Object root;
        private final Map<Object, Map<String, int[]>> sourceIndices;
        final StringBuilder source = new StringBuilder();
        @Nullable Object value;
        /** The lists passed: their owner, by component name, the last one of a name winning. */
        private final Map<String, Object> listOwners = new HashMap<>();

        Walk(Object root, String pointer, Map<Object, Map<String, int[]>> sourceIndices) {
            this.root = root;
            this.sourceIndices = sourceIndices;
            Object current = root;
            Object owner = null;
            String component = null;
            for (String segment : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
                Object next = null;
                String written = segment;
                if (current instanceof List<?> list && owner != null && component != null) {
                    int index = index(segment);
                    if (index >= 0 && index < list.size()) {
                        next = list.get(index);
                        written = Integer.toString(sourceIndex(owner, component, index));
                        listOwners.put(component, owner);
                    }
                } else if (current != null) {
                    Object child = component(current, segment);
                    if (child != null) {
                        owner = current;
                        component = segment;
                        next = child;
                    }
                }
                source.append('/').append(written);
                current = next;
            }
            value = current;
        }

        /** Maps the chains of a message that name elements of lists to the source's indices. */
        String inSource(String message) {
            if (sourceIndices.isEmpty() || message.indexOf('[') < 0) {
                return message;
            }
            Matcher chains = CHAIN.matcher(message);
            StringBuilder mapped = new StringBuilder();
            while (chains.find()) {
                String chain = chains.group();
                String inSource = chain.indexOf('[') < 0 ? null : chain(chain);
                chains.appendReplacement(mapped, Matcher.quoteReplacement(inSource == null ? chain : inSource));
            }
            chains.appendTail(mapped);
            return mapped.toString();
        }

        /** Maps one chain, from the document or from a list the walk passed; null when it is no such chain. */
        private @Nullable String chain(String chain) {
            Matcher link = LINK.matcher(chain);
            if (!link.lookingAt()) {
                return null;
            }
            String first = link.group(1);
            Object current = component(root, first) != null ? root : listOwners.get(first);
            if (current == null) {
                return null;
            }
            StringBuilder mapped = new StringBuilder();
            for (String part : chain.split("\\.")) {
                if (!link.reset(part).matches() || current == null) {
                    return null;
                }
                String name = link.group(1);
                Object child = component(current, name);
                if (link.group(2) == null) {
                    mapped.append(mapped.length() == 0 ? "" : ".").append(name);
                    current = child;
                    continue;
                }
                int index = index(link.group(2));
                if (!(child instanceof List<?> list) || index < 0 || index >= list.size()) {
                    return null;
                }
                mapped.append(mapped.length() == 0 ? "" : ".").append(name).append('[')
                        .append(sourceIndex(current, name, index)).append(']');
                current = list.get(index);
            }
            return mapped.toString();
        }

        private int sourceIndex(Object owner, String component, int index) {
            Map<String, int[]> lists = sourceIndices.get(owner);
            int[] indices = lists == null ? null : lists.get(component);
            return indices == null || index >= indices.length ? index : indices[index];
        }

        private static @Nullable Object component(Object record, String name) {
            RecordCodec<?> codec = ModelCodecs.INSTANCE.recordCodec(record.getClass());
            RecordCodec.Property property = codec == null ? null : codec.property(name);
            return property == null ? null : property.get(record);
        }

        private static int index(String segment) {
            try {
                return Integer.parseInt(segment);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /** Converts a property path such as {@code initiatives[0].twinPairings[0].twinCity} to a JSON Pointer. */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(KeptProperties.escape(String.valueOf(node.getKey())));
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                pointer.append('/').append(KeptProperties.escape(name));
            }
        }
        return pointer.toString();
    }

    /** The kebab-case simple name of the constraint's annotation type, such as {@code satisfies-document-rules}. */
    static String code(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                    code.append('-');
                }
                code.append(Character.toLowerCase(c));
            } else {
                code.append(c);
            }
        }
        return code.toString();
    }

    /** Finds where the innermost object on a pointer started in the source. */
    private static @Nullable TokenStreamLocation locate(Object root, String pointer,
            Map<Object, TokenStreamLocation> locations) {
        TokenStreamLocation best = locations.get(root);
        Object current = root;
        if (pointer.isEmpty()) {
            return best;
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            Object next = null;
            if (current instanceof List<?> list) {
                try {
                    int index = Integer.parseInt(segment);
                    next = index >= 0 && index < list.size() ? list.get(index) : null;
                } catch (NumberFormatException e) {
                    next = null;
                }
            } else {
                RecordCodec<?> codec = ModelCodecs.INSTANCE.recordCodec(current.getClass());
                RecordCodec.Property property = codec == null ? null : codec.property(segment);
                next = property == null ? null : property.get(current);
            }
            if (next == null) {
                break;
            }
            TokenStreamLocation location = locations.get(next);
            if (location != null) {
                best = location;
            }
            current = next;
        }
        return best;
    }
}
