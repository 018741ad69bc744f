package org.climatecity.examples.cli;

import java.io.PrintWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.climatecity.core.diff.DiffOptions;
import org.climatecity.core.diff.DocumentDiff;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.examples.ExitCodes;
import org.climatecity.examples.UserError;
import org.climatecity.examples.diff.DiffReport;
import org.climatecity.serialization.ClimateCityDocuments;
import org.climatecity.serialization.DocumentDiffs;
import org.climatecity.serialization.DocumentReadException;
import org.climatecity.serialization.ReadResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code diff} command: what was added, removed, changed or renamed between two documents, each change with its
 * JSON Pointer in both, as text, JSON or Markdown.
 *
 * @since 0.1.0
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Prints what was added, removed and changed from OLD to NEW, each change with its JSON"
                + " Pointer in both documents and its values. Elements are matched by id, or by their natural key"
                + " (an inventory by owner, year and boundary; a milestone or a contract round by year).",
            "Both documents are validated first; problems are printed as by validate, to standard error.",
            "Exits 0 when the documents are equal, 1 when they differ or one is invalid, 2 on a usage error or a"
                    + " document that cannot be read, 70 on an internal error."})
public final class DiffCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** One line per change. */
        text,
        /** One JSON object with every change. */
        json,
        /** Sections per party and per part of the model, a sentence per change with its figures. */
        markdown
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DocumentSizeOption size;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older document (.json, .yaml or .yml).")
    private Path olderFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer document.")
    private Path newerFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print the changes: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "Only the changes in or of these parts, named by their property, such as"
                    + " targets,actions,inventories, and the added, removed or replaced objects that hold them (an"
                    + " added initiative with targets); the exit code is then that of the changes kept.")
    private List<String> only;

    @Option(names = "--moves", description = "Reports an element whose id changed but whose content did not as"
            + " renamed, instead of removed and added.")
    private boolean moves;

    @Option(names = "--vintages", description = "Prints, instead of the changes, how NEW revised the inventories of"
            + " OLD as a newer vintage of their source: per owner the mean change of the total, and each year's.")
    private boolean vintages;

    @Option(names = "--force", description = "Compares what could be read even when a document breaks the rules.")
    private boolean force;

    @Option(names = "--strict", description = "Rejects properties this version does not know, instead of keeping"
            + " and comparing them.")
    private boolean strict;

    /**
     * Creates the command; picocli calls this.
     */
    public DiffCommand() {
    }

    /**
     * Compares the documents.
     *
     * @return 0 if equal, 1 if they differ or one is invalid, 2 if one cannot be read or the options are wrong
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (only != null) {
            Set<String> known = partNames();
            for (String part : only) {
                if (!known.contains(part)) {
                    throw new UserError(ExitCodes.USAGE, "--only: '" + part + "' is not a part of the model; parts are "
                            + String.join(", ", known));
                }
            }
        }
        ReadResult older = read(olderFile, err);
        ReadResult newer = read(newerFile, err);
        boolean invalid = older == null || newer == null;
        // a document that breaks the rules can still be compared; one that cannot be read at all cannot
        older = older != null ? older : readUnchecked(olderFile);
        newer = newer != null ? newer : readUnchecked(newerFile);
        if (invalid && !force) {
            err.flush();
            return ExitCodes.INVALID;
        }
        DocumentDiff diff = DocumentDiffs.between(older, newer, DiffOptions.DEFAULTS.withMoves(moves));
        if (only != null) {
            diff = diff.only(only);
        }
        DiffReport report = new DiffReport(olderFile.toString(), older, newerFile.toString(), newer, diff);
        PrintWriter out = spec.commandLine().getOut();
        if (vintages) {
            ConsoleText.escaping(out).print(report.vintages());
        } else {
            switch (format) {
                case text -> ConsoleText.escaping(out).print(report.text());
                case json -> out.print(ConsoleText.escapeJson(report.json()));
                case markdown -> ConsoleText.escaping(out).print(report.markdown());
            }
        }
        out.flush();
        err.flush();
        return invalid || !diff.isEmpty() ? ExitCodes.INVALID : ExitCodes.OK;
    }

    /** Reads and validates a document, printing its problems; null when it is invalid. */
    private @Nullable ReadResult read(Path file, PrintWriter err) {
        DocumentFiles.Loaded loaded = DocumentFiles.read(file, strict, size.limits());
        ProgrammeDocument valid = DocumentFiles.validOrProblems(file.toString(), loaded, err);
        return valid == null ? null : loaded.result();
    }

    /** Reads a document that breaks the rules; a document that cannot be read at all is a user error. */
    private ReadResult readUnchecked(Path file) {
        try {
            return ClimateCityDocuments.builder().format(DocumentFiles.formatOf(file)).strict(strict).validate(false)
                    .limits(size.limits())
                    .build().read(file);
        } catch (DocumentReadException e) {
            throw new UserError(ExitCodes.USAGE, file + ": cannot be read, nothing to compare");
        } catch (java.io.IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot read " + file + ": " + DocumentFiles.describe(e), e);
        }
    }

    /** The property names of the model, found through the records' components from the document down. */
    static Set<String> partNames() {
        Set<String> names = new TreeSet<>();
        names.add(DocumentDiffs.UNKNOWN_PROPERTIES);
        Set<Class<?>> seen = new HashSet<>();
        Deque<Type> types = new ArrayDeque<>(List.of(ProgrammeDocument.class));
        while (!types.isEmpty()) {
            Type type = types.pop();
            if (type instanceof ParameterizedType generic) {
                types.addAll(List.of(generic.getActualTypeArguments()));
            } else if (type instanceof Class<?> c && seen.add(c)) {
                if (c.isRecord()) {
                    for (RecordComponent component : c.getRecordComponents()) {
                        names.add(component.getName());
                        types.push(component.getGenericType());
                    }
                } else if (c.isSealed()) {
                    types.addAll(List.of(c.getPermittedSubclasses()));
                }
            }
        }
        return names;
    }
}
