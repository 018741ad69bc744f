package org.climatecity.serialization;

/**
 * The text formats a document can be read from and written to.
 *
 * @since 0.1.0
 */
public enum DocumentFormat {
    /** JSON (RFC 8259), UTF-8. */
    JSON,
    /**
     * YAML 1.2, convenient for hand-written plans. Needs {@code tools.jackson.dataformat:jackson-dataformat-yaml} (an
     * optional dependency of this library) on the class path, or on the module path with
     * {@code requires tools.jackson.dataformat.yaml;} in the application's {@code module-info.java}.
     */
    YAML
}
