package org.climatecity.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.id.ActorId;
import org.climatecity.examples.scenarios.ScenariosReport;
import org.climatecity.serialization.ReadLimits;

/**
 * The scenarios report: reads and validates a document, compares the scenarios of one owner or of every owner that
 * has some, prints a summary and writes {@code scenarios.html}, {@code scenarios.md} and a fan chart per owner.
 *
 * <p>The summary goes to the output stream; progress and problems go to the error stream.
 *
 * @since 0.1.0
 */
public final class ScenariosJob {

    private final String name;
    private final Supplier<DocumentFiles.Loaded> source;
    private final PrintWriter out;
    private final PrintWriter err;

    private ScenariosJob(String name, Supplier<DocumentFiles.Loaded> source, PrintWriter out, PrintWriter err) {
        this.name = name;
        this.source = source;
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Obtains the job for the embedded Borlänge–Avesta–Dalarna document.
     *
     * @param out where the summary goes, not null
     * @param err where progress and problems go, not null
     * @return the job
     */
    public static ScenariosJob forEmbeddedDocument(PrintWriter out, PrintWriter err) {
        return new ScenariosJob(DocumentFiles.EMBEDDED_NAME, DocumentFiles::readEmbedded, out, err);
    }

    /**
     * Obtains the job for a document file.
     *
     * @param file the file, JSON or YAML by its extension, not null
     * @param limits the reader's limits, such as {@link ReadLimits#DEFAULT}, not null
     * @param out where the summary goes, not null
     * @param err where progress and problems go, not null
     * @return the job
     */
    public static ScenariosJob forFile(Path file, ReadLimits limits, PrintWriter out, PrintWriter err) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        return new ScenariosJob(file.toString(), () -> DocumentFiles.read(file, false, limits), out, err);
    }

    /**
     * Compares the scenarios and writes the report.
     *
     * @param owner the owner whose scenarios to compare, or null for every owner that has some
     * @param folder the output folder, not null
     * @return the exit code: 0 on success, 1 if the document is invalid
     * @throws UserError if the document cannot be read or holds no scenarios of the owner (exit 1), or the files
     *     cannot be written (exit 2)
     */
    public int run(ActorId owner, Path folder) {
        Objects.requireNonNull(folder, "folder");
        Progress progress = new Progress(err, 3);
        ProgrammeDocument document = DocumentFiles.readValid(name, source, progress, err);
        if (document == null) {
            return ExitCodes.INVALID;
        }
        List<ActorId> owners = owner != null ? List.of(owner) : ScenariosReport.ownersWithScenarios(document);
        if (owners.isEmpty() || document.scenariosOf(owners.get(0)).isEmpty()) {
            throw new UserError(ExitCodes.INVALID, name + ": " + (owner == null ? "the document holds no scenarios"
                    : "the document holds no scenarios of '" + owner + "'"));
        }
        ScenariosReport report = progress.step("Comparing the scenarios of " + owners.size()
                + (owners.size() == 1 ? " owner" : " owners") + " with their target paths",
                () -> ScenariosReport.of(document, owners));
        List<Path> files = progress.step("Drawing the fan charts and writing the report to " + folder,
                () -> write(report, folder));
        out.println();
        out.print(report.consoleSummary());
        out.println();
        out.println("Scenarios: " + files.get(0).toAbsolutePath().normalize());
        int charts = files.size() - 2;
        out.println("           " + files.get(1).toAbsolutePath().normalize() + " and " + charts
                + (charts == 1 ? " SVG chart" : " SVG charts") + " beside it");
        return ExitCodes.OK;
    }

    private static List<Path> write(ScenariosReport report, Path folder) {
        try {
            return report.write(folder);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot write the scenarios report to " + folder + ": "
                    + DocumentFiles.describe(e), e);
        }
    }
}
