package org.climatecity.examples.cli;

import picocli.CommandLine;

/**
 * Provides the version printed by {@code climate-city --version}: the implementation version of the jar, or
 * {@code development} when run from classes.
 *
 * @since 0.1.0
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /**
     * Creates the provider; picocli calls this.
     */
    public VersionProvider() {
    }

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"climate-city " + (version == null ? "development" : version)};
    }
}
