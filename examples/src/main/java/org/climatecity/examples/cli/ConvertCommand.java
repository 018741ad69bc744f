package org.climatecity.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.climatecity.core.internal.OutputFiles;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.examples.ExitCodes;
import org.climatecity.examples.UserError;
import org.climatecity.serialization.DocumentFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code convert} command: reads a document and writes it as JSON or YAML, keeping the properties this version
 * does not know, so that no newer tool's data is lost.
 *
 * @since 0.1.0
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts a document between JSON and YAML, keeping properties this version does not know.",
            "Exits 0 on success, 1 when the document is invalid (its problems are printed), 2 on a usage error, an"
                    + " unreadable file or output that cannot be written, 70 on an internal error."})
public final class ConvertCommand implements Callable<Integer> {

    /** The target formats. */
    enum Target {
        /** JSON. */
        json,
        /** YAML. */
        yaml
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DocumentSizeOption size;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document to convert (.json, .yaml or .yml).")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "The format to write: ${COMPLETION-CANDIDATES}.")
    private Target to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The file to write (default: standard"
            + " output).")
    private Path output;

    /**
     * Creates the command; picocli calls this.
     */
    public ConvertCommand() {
    }

    /**
     * Converts the file.
     *
     * @return the exit code
     */
    @Override
    public Integer call() {
        DocumentFiles.Loaded loaded = DocumentFiles.read(file, false, size.limits());
        if (!loaded.valid()) {
            PrintWriter err = spec.commandLine().getErr();
            loaded.problems().forEach(p -> err.println(DocumentFiles.problemLine(file.toString(), p)));
            return ExitCodes.INVALID;
        }
        DocumentFormat format = to == Target.yaml ? DocumentFormat.YAML : DocumentFormat.JSON;
        if (output == null) {
            // written as it goes, never held as one string; a JSON writer escapes the C0 controls only, so the others
            // are escaped here, which changes nothing for a JSON reader; a YAML writer escapes the C0 and C1 controls
            // but not NEL or a bidi control, which a plain scalar could not hold as an escape, so YAML is printed as
            // it is
            PrintWriter out = spec.commandLine().getOut();
            try {
                DocumentFiles.write(loaded, format, to == Target.json ? ConsoleText.escapingJson(out) : out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
            return ExitCodes.OK;
        }
        try {
            // a temporary file moved into place, written as it goes: a failure leaves the earlier file as it was
            OutputFiles.write(output, out -> DocumentFiles.write(loaded, format, out));
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot write " + output + ": " + DocumentFiles.describe(e), e);
        }
        spec.commandLine().getErr().println("wrote " + output);
        return ExitCodes.OK;
    }
}
