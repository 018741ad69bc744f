package org.climatecity.serialization.engine;

/**
 * The stable problem codes of the reader, one constant each; {@code Problem} publishes them. A document rule's code
 * is the rule's own ({@link org.climatecity.core.document.DocumentRules#codes()}).
 */
public final class Codes {

    /** The text is not well-formed JSON or YAML. */
    public static final String SYNTAX = "syntax";
    /** The bytes are not valid UTF-8, or a text has a lone surrogate. */
    public static final String INVALID_ENCODING = "invalid-encoding";
    /** An object repeats a property name. */
    public static final String DUPLICATE_KEY = "duplicate-key";
    /** Something follows the document's root value. */
    public static final String TRAILING_CONTENT = "trailing-content";
    /** A read limit was exceeded. */
    public static final String LIMIT_EXCEEDED = "limit-exceeded";
    /** The document has no {@code schemaVersion}. */
    public static final String MISSING_VERSION = "missing-version";
    /** The document's {@code schemaVersion} is malformed or of a major version this library does not read. */
    public static final String UNSUPPORTED_VERSION = "unsupported-version";
    /** A value has the wrong JSON type. */
    public static final String WRONG_TYPE = "wrong-type";
    /** A value has the right type but breaks a rule of the model. */
    public static final String INVALID_VALUE = "invalid-value";
    /** A value is not one of a fixed set of names. */
    public static final String UNKNOWN_ENUM = "unknown-enum";
    /** The {@code type} of a polymorphic object is not a known type name. */
    public static final String UNKNOWN_TYPE = "unknown-type";
    /** An id names nothing the document declares, such as a data source not in {@code dataSources}. */
    public static final String UNKNOWN_REFERENCE = "unknown-reference";
    /** A required property is absent. */
    public static final String MISSING_PROPERTY = "missing-property";
    /** A property this version does not know, in strict mode. */
    public static final String UNKNOWN_PROPERTY = "unknown-property";
    /** A feature of YAML that the format does not support: an alias or a merge key. */
    public static final String UNSUPPORTED_YAML = "unsupported-yaml";
    /** Reading stopped after too many problems. */
    public static final String TOO_MANY_PROBLEMS = "too-many-problems";

    private Codes() {
    }
}
