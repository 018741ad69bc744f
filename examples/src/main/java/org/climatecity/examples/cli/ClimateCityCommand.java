package org.climatecity.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command of the climate-city command line, {@code climate-city}, whose subcommands do the work.
 *
 * <p>Exit codes: 0 on success, 1 when the input has problems (each reported on standard error), 2 on a usage error.
 *
 * @since 0.1.0
 */
@Command(name = "climate-city", mixinStandardHelpOptions = true,
        versionProvider = ClimateCityCommand.Version.class,
        description = "Calculations for climate-neutral city programmes.",
        subcommands = {TrendCommand.class})
public final class ClimateCityCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command; picocli fills in its options.
     */
    public ClimateCityCommand() {
    }

    /**
     * Obtains a command line for the top command with its subcommands.
     *
     * @return a new command line, not null
     */
    public static CommandLine commandLine() {
        return new CommandLine(new ClimateCityCommand());
    }

    /**
     * Fails with a usage error, as a subcommand is required.
     *
     * @return never returns normally
     * @throws CommandLine.ParameterException always
     */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /**
     * Provides the version from the jar's manifest.
     *
     * @since 0.1.0
     */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = ClimateCityCommand.class.getPackage().getImplementationVersion();
            return new String[] {"climate-city " + (version == null ? "(development build)" : version)};
        }
    }
}
