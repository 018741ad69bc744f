package org.climatecity.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.climatecity.examples.FollowUpJob;
import org.climatecity.examples.MainJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code follow-up} command: the yearly follow-up of a document's initiative (the embedded document without a
 * file), printed as a summary and written as {@code follow-up.html}, {@code follow-up.md} and the charts.
 *
 * @since 0.1.0
 */
@Command(name = "follow-up", mixinStandardHelpOptions = true,
        description = {"Follows up an initiative in a year: indicators against their targets, each target's progress"
                + " and path, actions by status with what changed, and the investment plan's funding gap; prints a"
                + " summary and writes follow-up.html, follow-up.md and the charts.",
            "Exits 0 on success, 1 when the document is invalid or has no indicators, 2 on a usage error (a year"
                    + " outside the document's data), an unreadable file or output that cannot be written, 70 on an"
                    + " internal error."})
public final class FollowUpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DocumentSizeOption size;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The document (.json, .yaml or .yml); without it, the embedded Borlänge-Avesta-Dalarna"
                    + " document.")
    private Path file;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year to follow up.")
    private int year;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = MainJob.DEFAULT_OUT,
            description = "Where to write the follow-up (default: ${DEFAULT-VALUE}).")
    private Path out;

    /**
     * Creates the command; picocli calls this.
     */
    public FollowUpCommand() {
    }

    /**
     * Runs the follow-up.
     *
     * @return the exit code
     */
    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        PrintWriter summary = ConsoleText.escaping(cli.getOut());
        try {
            FollowUpJob job = file == null ? FollowUpJob.forEmbeddedDocument(summary, cli.getErr())
                    : FollowUpJob.forFile(file, size.limits(), summary, cli.getErr());
            return job.run(year, out);
        } finally {
            summary.flush();
        }
    }
}
