package org.climatecity.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.climatecity.examples.ExitCodes;
import org.climatecity.examples.MainJob;
import org.climatecity.examples.ScenariosJob;
import org.climatecity.examples.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code scenarios} command: compares a document's emissions scenarios (the embedded document without a file)
 * with each other and with the target paths, printed as a summary and written as {@code scenarios.html},
 * {@code scenarios.md} and a fan chart per owner.
 *
 * @since 0.1.0
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"Compares the emissions scenarios of one owner or of every owner that has some: emissions per"
                + " year with the low-high band, gaps to the target paths, the year each line reaches them and the"
                + " share of the business-as-usual gap the plan closes, overlaps taken out; prints a summary and"
                + " writes scenarios.html, scenarios.md and a fan chart per owner.",
            "Exits 0 on success, 1 when the document is invalid or has no scenarios of the owner, 2 on a usage"
                    + " error, an unreadable file or output that cannot be written, 70 on an internal error."})
public final class ScenariosCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DocumentSizeOption size;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The document (.json, .yaml or .yml); without it, the embedded Borlänge-Avesta-Dalarna"
                    + " document.")
    private Path file;

    @Option(names = "--owner", paramLabel = "ID",
            description = "The actor whose scenarios to compare (default: every owner of scenarios).")
    private String owner;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = MainJob.DEFAULT_OUT,
            description = "Where to write the report (default: ${DEFAULT-VALUE}).")
    private Path out;

    /**
     * Creates the command; picocli calls this.
     */
    public ScenariosCommand() {
    }

    /**
     * Runs the comparison.
     *
     * @return the exit code
     */
    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        ActorId ownerId = null;
        if (owner != null) {
            try {
                ownerId = ActorId.of(owner);
            } catch (ClimateCityException e) {
                throw new UserError(ExitCodes.USAGE, "--owner: " + e.getMessage(), e);
            }
        }
        PrintWriter summary = ConsoleText.escaping(cli.getOut());
        try {
            ScenariosJob job = file == null ? ScenariosJob.forEmbeddedDocument(summary, cli.getErr())
                    : ScenariosJob.forFile(file, size.limits(), summary, cli.getErr());
            return job.run(ownerId, out);
        } finally {
            summary.flush();
        }
    }
}
