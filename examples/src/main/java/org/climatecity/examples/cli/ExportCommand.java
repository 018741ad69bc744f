package org.climatecity.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.examples.ExitCodes;
import org.climatecity.examples.UserError;
import org.climatecity.interop.ExportResult;
import org.climatecity.interop.citycatalyst.CityCatalystExporter;
import org.climatecity.interop.openclimate.OpenClimateExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code export} command: writes a document's data as CityCatalyst inventory exports or an OpenClimate data set.
 *
 * @since 0.1.0
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a document's GPC inventories as CityCatalyst inventory exports, or its places,"
                + " emissions, targets and sources as an OpenClimate data set, listing what the format cannot hold.",
            "Exits 0 when the files were written, 1 when the document is invalid (its problems are printed), 2 on a"
                    + " usage error, an unreadable document or output that cannot be written."})
public final class ExportCommand implements Callable<Integer> {

    /** The formats. */
    enum Target {
        /** CityCatalyst inventory exports. */
        citycatalyst,
        /** An OpenClimate data set. */
        openclimate
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DocumentSizeOption size;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "The format to write: ${COMPLETION-CANDIDATES}.")
    private Target to;

    @Parameters(index = "0", paramLabel = "DOC", description = "The document to export (.json, .yaml or .yml).")
    private Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    private Path out;

    /**
     * Creates the command; picocli calls this.
     */
    public ExportCommand() {
    }

    /**
     * Exports the document.
     *
     * @return the exit code
     */
    @Override
    public Integer call() {
        DocumentFiles.Loaded loaded = DocumentFiles.read(file, false, size.limits());
        PrintWriter err = spec.commandLine().getErr();
        if (!loaded.valid()) {
            loaded.problems().forEach(p -> err.println(DocumentFiles.problemLine(file.toString(), p)));
            return ExitCodes.INVALID;
        }
        ExportResult result;
        try {
            result = to == Target.citycatalyst
                    ? CityCatalystExporter.write(loaded.result().document(), out)
                    : OpenClimateExporter.write(loaded.result().document(), out);
        } catch (UncheckedIOException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
        }
        result.skipped().forEach(reason -> err.println(ConsoleText.escape("not written: " + reason)));
        PrintWriter printed = spec.commandLine().getOut();
        printed.println(ConsoleText.escape("wrote " + result.files().size() + " file"
                + (result.files().size() == 1 ? "" : "s") + " to " + out + (result.skipped().isEmpty() ? ""
                        : "; " + result.skipped().size() + " not written")));
        printed.flush();
        return ExitCodes.OK;
    }
}
