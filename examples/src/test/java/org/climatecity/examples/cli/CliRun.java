package org.climatecity.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.serialization.ClimateCityDocuments;

/**
 * Runs the {@code climate-city} command line in-process and captures what it prints.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClimateCityCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Writes a document as JSON to a file. */
    static Path write(Path file, ProgrammeDocument document) throws IOException {
        return Files.writeString(file, ClimateCityDocuments.defaults().writeToString(document), StandardCharsets.UTF_8);
    }

    /** Checks that nothing printed looks like a stack trace. */
    boolean hasNoStackTrace() {
        return !(out + err).contains("\tat ") && !(out + err).contains("Exception in thread");
    }
}
