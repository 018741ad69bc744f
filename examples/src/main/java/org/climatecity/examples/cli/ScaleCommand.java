package org.climatecity.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.climatecity.examples.MainJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code scale} command: scales a pilot of a document stage by stage with the embedded reference data and prints
 * the reductions per stage, optionally writing the table and the chart.
 *
 * @since 0.1.0
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = {"Scales a document's pilot over its scaling plan's stages with the embedded reference data"
                + " (population and emissions of Sweden's 290 municipalities) and prints low, central and high"
                + " reductions per stage.",
            "Exits 0 on success, 1 when the document is invalid or has no such pilot, 2 on a usage error, an"
                    + " unreadable file or output that cannot be written, 70 on an internal error."})
public final class ScaleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DocumentSizeOption size;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document (.json, .yaml or .yml).")
    private Path file;

    @Option(names = "--pilot", paramLabel = "ID",
            description = "The pilot to scale (default: the first pilot with a scaling plan).")
    private String pilot;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write scaling.md, scaling.csv and scaling.svg to this folder.")
    private Path out;

    /**
     * Creates the command; picocli calls this.
     */
    public ScaleCommand() {
    }

    /**
     * Runs the scaling.
     *
     * @return the exit code
     */
    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        PrintWriter table = ConsoleText.escaping(cli.getOut());
        try {
            return MainJob.forFile(file, size.limits(), table, cli.getErr()).scale(pilot, out);
        } finally {
            table.flush();
        }
    }
}
