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
 * The {@code report} command: the main job's console summary and report files for any document.
 *
 * @since 0.1.0
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Validates a document, prints its summary and writes report.html, report.md and the charts.",
            "Exits 0 on success, 1 when the document is invalid, 2 on a usage error, an unreadable file or output"
                    + " that cannot be written, 70 on an internal error."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DocumentSizeOption size;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document (.json, .yaml or .yml).")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = MainJob.DEFAULT_OUT,
            description = "Where to write the report (default: ${DEFAULT-VALUE}).")
    private Path out;

    /**
     * Creates the command; picocli calls this.
     */
    public ReportCommand() {
    }

    /**
     * Runs the report.
     *
     * @return the exit code
     */
    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        PrintWriter summary = ConsoleText.escaping(cli.getOut());
        try {
            return MainJob.forFile(file, size.limits(), summary, cli.getErr()).run(out);
        } finally {
            summary.flush();
        }
    }
}
