package org.climatecity.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.examples.report.ReportBuilder;
import org.climatecity.examples.report.ReportCharts;
import org.climatecity.examples.report.ReportFiles;
import org.climatecity.examples.report.ReportModel;
import org.climatecity.examples.report.TextReport;
import org.climatecity.serialization.ReadLimits;

/**
 * The main job: reads and validates a document, computes each city's trend against its target and the gap, scales
 * the pilot with the embedded reference data, prints a summary and writes the report files.
 *
 * <p>The summary goes to the output stream; progress and problems go to the error stream, so that the summary can be
 * piped on its own.
 *
 * @since 0.1.0
 */
public final class MainJob {

    /** The default output folder, relative to the working directory. */
    public static final String DEFAULT_OUT = "target/climate-city-report";

    private final String name;
    private final Supplier<DocumentFiles.Loaded> source;
    private final PrintWriter out;
    private final PrintWriter err;

    private MainJob(String name, Supplier<DocumentFiles.Loaded> source, PrintWriter out, PrintWriter err) {
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
    public static MainJob forEmbeddedDocument(PrintWriter out, PrintWriter err) {
        return new MainJob(DocumentFiles.EMBEDDED_NAME, DocumentFiles::readEmbedded, out, err);
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
    public static MainJob forFile(Path file, ReadLimits limits, PrintWriter out, PrintWriter err) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        return new MainJob(file.toString(), () -> DocumentFiles.read(file, false, limits), out, err);
    }

    /**
     * Runs the whole job and writes the report.
     *
     * @param folder the output folder, not null
     * @return the exit code: 0 on success, 1 if the document is invalid
     * @throws UserError if the document cannot be read or the report cannot be written
     */
    public int run(Path folder) {
        Objects.requireNonNull(folder, "folder");
        Progress progress = new Progress(err, 5);
        ProgrammeDocument document = read(progress);
        if (document == null) {
            return ExitCodes.INVALID;
        }
        ReportBuilder builder = ReportBuilder.of(document);
        List<ReportModel.CityFacts> cities = progress.step("Computing trends (LAD from 2015), target paths and gaps",
                builder::cities);
        ScalingJob scaling = ScalingJob.of(document, builder.initiative(), null);
        ReportModel.ScalingFacts scaled = progress.step(scaling.describe(), scaling::facts);
        ReportModel model = builder.build(cities, Notes.of(document), scaled);
        int chartCount = 2 * cities.size() + (scaled == null ? 0 : 1);
        Map<String, String> charts = progress.step("Drawing " + chartCount + (chartCount == 1 ? " chart" : " charts")
                + " with JFreeChart", () -> ReportCharts.render(model));
        List<Path> files = progress.step("Writing the report to " + folder, () -> write(model, charts, folder));
        out.println();
        out.print(TextReport.consoleSummary(model));
        out.println();
        out.println("Report: " + files.get(0).toAbsolutePath().normalize());
        out.println("        " + files.get(1).toAbsolutePath().normalize() + " and " + charts.size()
                + " SVG charts beside it");
        return ExitCodes.OK;
    }

    /**
     * Scales a pilot of the document, prints the reductions per stage and, with a folder, writes the scaling table and
     * chart.
     *
     * @param pilotId the pilot's id, or null for the first pilot with a scaling plan
     * @param folder the output folder, or null to print only
     * @return the exit code: 0 on success, 1 if the document is invalid or has no such pilot
     */
    public int scale(String pilotId, Path folder) {
        Progress progress = new Progress(err, folder == null ? 2 : 3);
        ProgrammeDocument document = read(progress);
        if (document == null) {
            return ExitCodes.INVALID;
        }
        ReportBuilder builder = ReportBuilder.of(document);
        ScalingJob scaling = ScalingJob.of(document, builder.initiative(), pilotId);
        ReportModel.ScalingFacts scaled = progress.step(scaling.describe(), scaling::facts);
        if (scaled == null) {
            throw new UserError(ExitCodes.INVALID, name + ": pilot " + scaling.pilotId() + " has no scaling plan");
        }
        out.print(ScalingJob.table(scaled, ReportBuilder.REPORT_YEARS));
        if (folder != null) {
            List<Path> files = progress.step("Writing scaling.md, scaling.csv and scaling.svg to " + folder,
                    () -> ScalingJob.write(scaled, folder));
            out.println("Wrote " + files.size() + " files to " + folder.toAbsolutePath().normalize());
        }
        return ExitCodes.OK;
    }

    private ProgrammeDocument read(Progress progress) {
        return DocumentFiles.readValid(name, source, progress, err);
    }

    private static List<Path> write(ReportModel model, Map<String, String> charts, Path folder) {
        try {
            return ReportFiles.write(model, charts, folder);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot write the report to " + folder + ": "
                    + DocumentFiles.describe(e), e);
        }
    }
}
