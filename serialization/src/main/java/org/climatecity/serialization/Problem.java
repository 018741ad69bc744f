package org.climatecity.serialization;

import java.util.Objects;
import org.climatecity.serialization.engine.Codes;
import org.climatecity.serialization.engine.Finding;

/**
 * One problem found while reading a document: where it is, a stable machine-readable code, and a message for people.
 *
 * <p>The pointer is an RFC 6901 JSON Pointer to the offending value, such as
 * {@code /initiatives/0/twinPairings/0/twinCity}; the empty pointer is the document itself. For a missing
 * property it points to where the property should be. Line and column are 1-based positions in the source (for
 * a problem found after binding, the position of the innermost object on the path), or 0 when not known.
 *
 * <p>The codes are stable and documented in the package documentation:
 * {@value #SYNTAX}, {@value #INVALID_ENCODING}, {@value #DUPLICATE_KEY}, {@value #TRAILING_CONTENT},
 * {@value #LIMIT_EXCEEDED}, {@value #MISSING_VERSION}, {@value #UNSUPPORTED_VERSION}, {@value #WRONG_TYPE},
 * {@value #INVALID_VALUE}, {@value #UNKNOWN_ENUM}, {@value #UNKNOWN_TYPE}, {@value #UNKNOWN_REFERENCE},
 * {@value #MISSING_PROPERTY},
 * {@value #UNKNOWN_PROPERTY}, {@value #UNSUPPORTED_YAML}, {@value #TOO_MANY_PROBLEMS}, and for a document rule
 * the rule's code, such as {@code known-actors} (see
 * {@link org.climatecity.core.document.DocumentRules#codes()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param pointer the JSON Pointer of the offending value, not null
 * @param code the stable code, not null
 * @param message what is wrong, for people, not null
 * @param line the 1-based line, or 0 when not known
 * @param column the 1-based column, or 0 when not known
 * @since 0.1.0
 */
public record Problem(String pointer, String code, String message, int line, int column) {

    /** The text is not well-formed JSON or YAML. */
    public static final String SYNTAX = Codes.SYNTAX;
    /**
     * The bytes are not valid UTF-8, or a text or property name has a lone surrogate (an escape such as
     * <code>&#92;ud800</code> without its pair), which UTF-8 cannot hold.
     */
    public static final String INVALID_ENCODING = Codes.INVALID_ENCODING;
    /** An object repeats a property name. */
    public static final String DUPLICATE_KEY = Codes.DUPLICATE_KEY;
    /** Something follows the document's root value. */
    public static final String TRAILING_CONTENT = Codes.TRAILING_CONTENT;
    /**
     * A read limit (nesting depth, document, string, name or number length, values held as trees, YAML line length)
     * was exceeded.
     */
    public static final String LIMIT_EXCEEDED = Codes.LIMIT_EXCEEDED;
    /** The document has no {@code schemaVersion}. */
    public static final String MISSING_VERSION = Codes.MISSING_VERSION;
    /** The document's {@code schemaVersion} is malformed or of a major version this library does not read. */
    public static final String UNSUPPORTED_VERSION = Codes.UNSUPPORTED_VERSION;
    /** A value has the wrong JSON type, such as a number where a string belongs, or null. */
    public static final String WRONG_TYPE = Codes.WRONG_TYPE;
    /** A value has the right type but breaks a rule of the model, such as a malformed municipality code. */
    public static final String INVALID_VALUE = Codes.INVALID_VALUE;
    /** A value is not one of a fixed set of names; the message lists the allowed ones. */
    public static final String UNKNOWN_ENUM = Codes.UNKNOWN_ENUM;
    /** The {@code type} of a polymorphic object is not one of the known type names; the message lists them. */
    public static final String UNKNOWN_TYPE = Codes.UNKNOWN_TYPE;
    /**
     * An id names nothing the document declares: a data source's id that {@code dataSources} does not declare.
     *
     * @since 0.1.0
     */
    public static final String UNKNOWN_REFERENCE = Codes.UNKNOWN_REFERENCE;
    /** A required property is absent. */
    public static final String MISSING_PROPERTY = Codes.MISSING_PROPERTY;
    /** A property this version does not know (reported in strict mode only; otherwise it is kept). */
    public static final String UNKNOWN_PROPERTY = Codes.UNKNOWN_PROPERTY;
    /**
     * A feature of YAML that the format does not support: an alias ({@code *name}) or a merge key ({@code <<}).
     * The problem stops reading, as the value it stands for is unknown.
     */
    public static final String UNSUPPORTED_YAML = Codes.UNSUPPORTED_YAML;
    /** Reading stopped because the document had more problems than the limit allows. */
    public static final String TOO_MANY_PROBLEMS = Codes.TOO_MANY_PROBLEMS;

    /**
     * Creates a problem.
     *
     * @param pointer the JSON Pointer, not null
     * @param code the code, not null
     * @param message the message, not null
     * @param line the 1-based line, or 0
     * @param column the 1-based column, or 0
     */
    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    /** Publishes a finding of the engine. */
    static Problem of(Finding finding) {
        return new Problem(finding.pointer(), finding.code(), finding.message(), finding.line(), finding.column());
    }

    /**
     * Returns the problem as one line, such as
     * {@code 12:9 /actors/1/code: municipality code must be 4 digits, was '208' [invalid-value]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String where = line > 0 ? line + ":" + column + " " : "";
        return where + (pointer.isEmpty() ? "/" : pointer) + ": " + message + " [" + code + "]";
    }
}
