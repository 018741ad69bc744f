package org.climatecity.serialization;

import java.util.List;
import org.climatecity.serialization.engine.FormatVersions;

/**
 * The versions of the document format this library reads and writes.
 *
 * <p>A version is {@code MAJOR.MINOR}. This library writes {@value #CURRENT} and reads every minor version of the
 * majors in {@link #SUPPORTED_MAJORS}: a newer minor version only adds properties, which are kept (see
 * {@link UnknownProperties}).
 *
 * @since 0.1.0
 */
public final class SchemaVersion {

    /** The version this library writes. */
    public static final String CURRENT = FormatVersions.CURRENT;

    /** The major versions this library reads. */
    public static final List<Integer> SUPPORTED_MAJORS = FormatVersions.SUPPORTED_MAJORS;

    private SchemaVersion() {
    }

    /**
     * Checks if a version is one this library reads.
     *
     * @param version the version text, such as {@code 1.1}, not null
     * @return true for {@code MAJOR.MINOR} with a supported major
     */
    public static boolean isSupported(String version) {
        return FormatVersions.isSupported(java.util.Objects.requireNonNull(version, "version"));
    }
}
