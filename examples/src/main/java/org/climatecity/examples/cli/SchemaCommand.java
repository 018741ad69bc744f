package org.climatecity.examples.cli;

import java.util.concurrent.Callable;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.examples.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code schema} command: prints the published JSON Schema (draft 2020-12) of the document format, so that tools
 * in other languages validate documents the same way.
 *
 * @since 0.1.0
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints the published JSON Schema (draft 2020-12) of the document format.",
            "Exits 0 on success, 2 on a usage error or when standard output cannot be written, 70 on an internal"
                    + " error."})
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command; picocli calls this.
     */
    public SchemaCommand() {
    }

    /**
     * Prints the schema.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        String schema = DocumentFiles.schema();
        spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
        return ExitCodes.OK;
    }
}
