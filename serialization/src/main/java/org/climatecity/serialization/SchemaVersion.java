package org.climatecity.serialization;

/**
 * The versions of the document format this library reads and writes.
 *
 * @since 0.1.0
 */
public final class SchemaVersion {

    /** The version this library writes. */
    public static final String CURRENT = "1.0";

    private SchemaVersion() {
    }
}
