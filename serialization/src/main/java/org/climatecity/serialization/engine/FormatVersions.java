package org.climatecity.serialization.engine;

import java.util.List;

/** The versions of the document format this engine reads and writes; {@code SchemaVersion} publishes them. */
public final class FormatVersions {

    /** The version written. */
    public static final String CURRENT = "1.0";

    /** The major versions read. */
    public static final List<Integer> SUPPORTED_MAJORS = List.of(1);

    /** How the supported versions are named in messages. */
    public static final String SUPPORTED_TEXT = "1.x (this library writes " + CURRENT + ")";

    private FormatVersions() {
    }

    /**
     * Checks if a version is one this engine reads.
     *
     * @param version the version text, such as {@code 1.1}
     * @return true for {@code MAJOR.MINOR} with a supported major
     */
    public static boolean isSupported(String version) {
        int dot = version.indexOf('.');
        if (dot < 1 || dot == version.length() - 1 || version.length() > 12) {
            return false;
        }
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            if (i != dot && (c < '0' || c > '9')) {
                return false;
            }
        }
        String major = version.substring(0, dot);
        if (major.length() > 1 && major.charAt(0) == '0') {
            return false;
        }
        return major.length() < 6 && SUPPORTED_MAJORS.contains(Integer.parseInt(major));
    }
}
