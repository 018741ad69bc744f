package org.climatecity.serialization.engine;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.climatecity.core.ProgrammeDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/** Turns Jakarta Validation constraint violations into problems with JSON Pointers and, when known, locations. */
public final class ConstraintProblems {

    private ConstraintProblems() {
    }

    /**
     * Converts violations of a document's constraints to findings, sorted by position, pointer, code and message.
     *
     * @param violations the violations
     * @param document the validated document
     * @param locations where each recorded object started, or null when not known
     * @return the findings
     */
    public static List<Finding> of(Set<ConstraintViolation<ProgrammeDocument>> violations, ProgrammeDocument document,
            @Nullable Map<Object, TokenStreamLocation> locations) {
        List<Finding> problems = new ArrayList<>(violations.size());
        for (ConstraintViolation<ProgrammeDocument> violation : violations) {
            String pointer = pointer(violation.getPropertyPath());
            TokenStreamLocation location = locations == null ? null : locate(document, pointer, locations);
            problems.add(new Finding(pointer, code(violation), String.valueOf(violation.getMessage()),
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr()));
        }
        problems.sort(Finding.ORDER);
        return problems;
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

    /** The kebab-case simple name of the constraint's annotation type, such as {@code known-actors}. */
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
