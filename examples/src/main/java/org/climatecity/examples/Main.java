package org.climatecity.examples;

import org.climatecity.core.registry.SwedishRegions;

/**
 * Runs the main example.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the main example, or with arguments the {@code climate-city} command line (see
     * {@link org.climatecity.examples.cli.ClimateCityCommand}), exiting with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(org.climatecity.examples.cli.ClimateCityCommand.commandLine().execute(args));
        }
        System.out.println("climate-city: " + SwedishRegions.get().municipalitiesIn(
                org.climatecity.core.id.CountyCode.of("20")).size() + " municipalities in Dalarna");
    }
}
