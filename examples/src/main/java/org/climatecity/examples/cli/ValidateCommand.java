package org.climatecity.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.examples.ExitCodes;
import org.climatecity.examples.UserError;
import org.climatecity.serialization.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code validate} command: checks documents against the library's rules and prints every problem of every file,
 * each as {@code FILE:LINE:COLUMN: POINTER: message} as compilers do, POINTER a JSON Pointer, or all of them as JSON.
 * The line and column are left out where they are not known, and the pointer for a problem of the whole document:
 * {@code FILE: message}.
 *
 * @since 0.1.0
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks documents (JSON or YAML) and prints every problem as"
                + " FILE:LINE:COLUMN: POINTER: message, POINTER a JSON Pointer; without LINE:COLUMN where they are not"
                + " known, without POINTER for the whole document.",
            "Exits 0 when every file is valid, 1 when any is invalid, 2 on a usage error, an unreadable file or"
                    + " output that cannot be written, 70 on an internal error."})
public final class ValidateCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** One line per problem. */
        text,
        /** One JSON object with every file and its problems. */
        json
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DocumentSizeOption size;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The documents to check (.json, .yaml or .yml).")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print problems: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--strict", description = "Rejects properties this version does not know, instead of keeping"
            + " them.")
    private boolean strict;

    /**
     * Creates the command; picocli calls this.
     */
    public ValidateCommand() {
    }

    /**
     * Checks the files.
     *
     * @return 0 if all are valid, 1 if any is invalid, 2 if any cannot be read
     */
    @Override
    public Integer call() {
        // text shows the document's control characters escaped; JSON is escaped as a whole below
        PrintWriter out = format == Format.text ? ConsoleText.escaping(spec.commandLine().getOut())
                : spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCodes.OK;
        List<Map<String, Object>> reports = new ArrayList<>();
        for (Path file : files) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("file", file.toString());
            try {
                DocumentFiles.Loaded loaded = DocumentFiles.read(file, strict, size.limits());
                report.put("valid", loaded.valid());
                report.put("problems", loaded.problems().stream().map(ValidateCommand::json).toList());
                if (!loaded.valid()) {
                    exit = Math.max(exit, ExitCodes.INVALID);
                }
                if (format == Format.text) {
                    loaded.problems().forEach(p -> out.println(DocumentFiles.problemLine(file.toString(), p)));
                }
            } catch (UserError e) {
                exit = Math.max(exit, e.exitCode());
                report.put("valid", false);
                report.put("error", e.getMessage());
                if (format == Format.text) {
                    err.println("climate-city validate: " + e.getMessage());
                }
            }
            reports.add(report);
        }
        if (format == Format.json) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("valid", exit == ExitCodes.OK);
            all.put("files", reports);
            out.println(ConsoleText.escapeJson(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(all)));
        } else if (exit == ExitCodes.OK) {
            out.println(files.size() == 1 ? files.get(0) + ": valid" : "all " + files.size() + " files are valid");
        }
        out.flush();
        return exit;
    }

    private static Map<String, Object> json(Problem problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pointer", problem.pointer());
        map.put("code", problem.code());
        map.put("message", problem.message());
        if (problem.line() > 0) {
            map.put("line", problem.line());
            map.put("column", problem.column());
        }
        return map;
    }
}
