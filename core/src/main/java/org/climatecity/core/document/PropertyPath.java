package org.climatecity.core.document;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * A property path inside a document, such as {@code initiatives[0].twinPairings[0].twinCity}, built as an immutable
 * chain of property nodes that may carry a list index.
 */
final class PropertyPath {

    private static final int NO_INDEX = -1;

    private final @Nullable PropertyPath parent;
    private final String name;
    private final int index;

    private PropertyPath(@Nullable PropertyPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** Starts a path at a property of the document. */
    static PropertyPath of(String name) {
        return new PropertyPath(null, name, NO_INDEX);
    }

    /** Starts a path at an element of a list property of the document, such as {@code actors[3]}. */
    static PropertyPath of(String list, int index) {
        return new PropertyPath(null, list, index);
    }

    /** Returns the path of a property of the object at this path. */
    PropertyPath property(String child) {
        return new PropertyPath(this, child, NO_INDEX);
    }

    /** Returns the path of an element of a list property of the object at this path, such as {@code scopes[1]}. */
    PropertyPath element(String list, int elementIndex) {
        return new PropertyPath(this, list, elementIndex);
    }

    /** Adds this path to a violation being built and adds the violation to the context. */
    void addTo(ConstraintViolationBuilder builder) {
        Deque<PropertyPath> nodes = new ArrayDeque<>();
        for (PropertyPath node = this; node != null; node = node.parent) {
            nodes.push(node);
        }
        PropertyPath first = nodes.pop();
        NodeBuilderCustomizableContext customizable = builder.addPropertyNode(first.name);
        NodeBuilderDefinedContext defined = null;
        int pendingIndex = first.index;
        // Jakarta Validation puts a list index on the node that follows the list: orders[3].address is built as
        // node "orders", then node "address" marked as in an iterable at index 3
        while (!nodes.isEmpty()) {
            PropertyPath node = nodes.pop();
            NodeBuilderCustomizableContext added = defined != null ? defined.addPropertyNode(node.name)
                    : customizable.addPropertyNode(node.name);
            if (pendingIndex != NO_INDEX) {
                defined = added.inIterable().atIndex(pendingIndex);
            } else {
                customizable = added;
                defined = null;
            }
            pendingIndex = node.index;
        }
        if (pendingIndex != NO_INDEX) {
            (defined != null ? defined.addBeanNode() : customizable.addBeanNode()).inIterable().atIndex(pendingIndex)
                    .addConstraintViolation();
        } else if (defined != null) {
            defined.addConstraintViolation();
        } else {
            customizable.addConstraintViolation();
        }
    }

    /** Returns the path as Jakarta Validation prints it, such as {@code initiatives[0].scopes[1].from}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        append(text);
        return text.toString();
    }

    /** Returns the path as a JSON Pointer into the document's JSON form, such as {@code /initiatives/0/scopes/1}. */
    String pointer() {
        return pointer(toString());
    }

    /**
     * Returns a property path as Jakarta Validation prints it, such as {@code initiatives[0].scopes[1]}, as a JSON
     * Pointer into the document's JSON form, such as {@code /initiatives/0/scopes/1}. Property names are Java
     * identifiers: nothing to escape.
     */
    static String pointer(String path) {
        StringBuilder pointer = new StringBuilder(path.length() + 1).append('/');
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                pointer.append('/');
            } else if (c != ']') {
                pointer.append(c);
            }
        }
        return pointer.toString();
    }

    private void append(StringBuilder text) {
        if (parent != null) {
            parent.append(text);
            text.append('.');
        }
        text.append(name);
        if (index != NO_INDEX) {
            text.append('[').append(index).append(']');
        }
    }
}
