package org.climatecity.serialization.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The library's version, written into {@code library.properties} by the build. */
public final class LibraryVersion {

    private LibraryVersion() {
    }

    /**
     * Reads the version the build recorded.
     *
     * @return the version, or {@link Version#unknownVersion()} when the build recorded none
     */
    public static Version read() {
        Properties properties = new Properties();
        try (InputStream in = LibraryVersion.class.getResourceAsStream("library.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
                properties.getProperty("artifactId"));
    }
}
