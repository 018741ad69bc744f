package org.climatecity.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.examples.followup.FollowUpBuilder;
import org.climatecity.examples.followup.FollowUpCharts;
import org.climatecity.examples.followup.FollowUpModel;
import org.climatecity.examples.followup.FollowUpReport;
import org.climatecity.serialization.ReadLimits;

/**
 * The yearly follow-up: reads and validates a document, follows up its first initiative with indicators in a year,
 * prints a summary and writes {@code follow-up.html}, {@code follow-up.md} and the charts.
 *
 * <p>The summary goes to the output stream; progress and problems go to the error stream.
 *
 * @since 0.1.0
 */
public final class FollowUpJob {

    private final String name;
    private final Supplier<DocumentFiles.Loaded> source;
    private final PrintWriter out;
    private final PrintWriter err;

    private FollowUpJob(String name, Supplier<DocumentFiles.Loaded> source, PrintWriter out, PrintWriter err) {
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
    public static FollowUpJob forEmbeddedDocument(PrintWriter out, PrintWriter err) {
        return new FollowUpJob(DocumentFiles.EMBEDDED_NAME, DocumentFiles::readEmbedded, out, err);
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
    public static FollowUpJob forFile(Path file, ReadLimits limits, PrintWriter out, PrintWriter err) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        return new FollowUpJob(file.toString(), () -> DocumentFiles.read(file, false, limits), out, err);
    }

    /**
     * Runs the follow-up of a year and writes it.
     *
     * @param year the year followed up
     * @param folder the output folder, not null
     * @return the exit code: 0 on success, 1 if the document is invalid
     * @throws UserError if the document cannot be read or has no indicators (exit 1), the year lies outside its data
     *     or the files cannot be written (exit 2)
     */
    public int run(int year, Path folder) {
        Objects.requireNonNull(folder, "folder");
        Progress progress = new Progress(err, 4);
        ProgrammeDocument document = DocumentFiles.readValid(name, source, progress, err);
        if (document == null) {
            return ExitCodes.INVALID;
        }
        FollowUpBuilder builder;
        try {
            builder = FollowUpBuilder.of(document);
        } catch (ClimateCityException e) {
            throw new UserError(ExitCodes.INVALID, name + ": " + e.getMessage(), e);
        }
        FollowUpModel model = progress.step("Following up " + builder.initiative().name() + " in " + year
                + ": indicators, targets' progress, actions and funding gaps", () -> build(builder, year, document));
        Map<String, String> charts = progress.step("Drawing the charts with JFreeChart",
                () -> FollowUpCharts.render(model));
        List<Path> files = progress.step("Writing the follow-up to " + folder, () -> write(model, charts, folder));
        out.println();
        out.print(FollowUpReport.consoleSummary(model));
        out.println();
        out.println("Follow-up: " + files.get(0).toAbsolutePath().normalize());
        out.println("           " + files.get(1).toAbsolutePath().normalize() + " and " + charts.size()
                + " SVG charts beside it");
        return ExitCodes.OK;
    }

    private static FollowUpModel build(FollowUpBuilder builder, int year, ProgrammeDocument document) {
        try {
            return builder.build(year, Notes.followUp(document));
        } catch (ClimateCityException e) {
            throw new UserError(ExitCodes.USAGE, "--year: " + e.getMessage(), e);
        }
    }

    private static List<Path> write(FollowUpModel model, Map<String, String> charts, Path folder) {
        try {
            return FollowUpReport.write(model, charts, folder);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot write the follow-up to " + folder + ": "
                    + DocumentFiles.describe(e), e);
        }
    }
}
