package org.climatecity.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.calc.PilotScaling;
import org.climatecity.core.calc.ScalingProjection;
import org.climatecity.core.calc.ScalingYear;
import org.climatecity.core.calc.StageProjection;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.OutputFiles;
import org.climatecity.interop.internal.CsvOutput;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.registry.SwedishRegions;
import org.climatecity.examples.report.ReportBuilder;
import org.climatecity.examples.report.ReportCharts;
import org.climatecity.examples.report.ReportFiles;
import org.climatecity.examples.report.ReportModel;
import org.climatecity.examples.report.ReportTables;
import org.climatecity.examples.report.TextReport;
import org.climatecity.interop.reference.ReferenceJurisdictions;

/**
 * Scales a pilot of a document along its scaling plan with the library's {@link PilotScaling}, taking the
 * jurisdictions of stages that list none from the embedded reference data ({@link ReferenceJurisdictions}), from the
 * first stage's start year to {@link ReportBuilder#HORIZON}.
 */
final class ScalingJob {

    private final Pilot pilot;
    private final ScalingPlan plan;

    private ScalingJob(Pilot pilot, ScalingPlan plan) {
        this.pilot = pilot;
        this.plan = plan;
    }

    /**
     * Finds the pilot to scale and its plan.
     *
     * @param document the document, not null
     * @param initiative the initiative, not null
     * @param pilotId the pilot's id, or null for the first pilot with a scaling plan
     * @return the job; its plan is null when the pilot has none
     * @throws UserError if the id is malformed or names no pilot
     */
    static ScalingJob of(ProgrammeDocument document, Initiative initiative, String pilotId) {
        List<Initiative> initiatives = new ArrayList<>(document.initiatives());
        initiatives.remove(initiative);
        initiatives.add(0, initiative);
        if (pilotId != null) {
            LocalId id;
            try {
                id = LocalId.parse(pilotId);
            } catch (ClimateCityException e) {
                throw new UserError(ExitCodes.USAGE, "--pilot: " + e.getMessage(), e);
            }
            for (Initiative each : initiatives) {
                Optional<Pilot> pilot = each.pilot(id);
                if (pilot.isPresent()) {
                    return new ScalingJob(pilot.get(), planOf(each, id));
                }
            }
            List<String> known = initiatives.stream().flatMap(i -> i.pilots().stream()).map(p -> p.id().value())
                    .toList();
            throw new UserError(ExitCodes.INVALID, "the document has no pilot '" + pilotId + "'; its pilots: "
                    + (known.isEmpty() ? "none" : String.join(", ", known)));
        }
        for (Initiative each : initiatives) {
            for (ScalingPlan plan : each.scalingPlans()) {
                Optional<Pilot> pilot = each.pilot(plan.pilot());
                if (pilot.isPresent()) {
                    return new ScalingJob(pilot.get(), plan);
                }
            }
        }
        return new ScalingJob(null, null);
    }

    private static ScalingPlan planOf(Initiative initiative, LocalId pilot) {
        return initiative.scalingPlans().stream().filter(p -> p.pilot().equals(pilot)).findFirst().orElse(null);
    }

    /** Returns the id of the pilot, or "none". */
    String pilotId() {
        return pilot == null ? "none" : pilot.id().value();
    }

    /** Describes the step for the progress line. */
    String describe() {
        if (plan == null) {
            return "No pilot with a scaling plan to scale";
        }
        return "Scaling pilot '" + pilot.name() + "' over " + plan.stages().size()
                + " stages with the reference data of 290 municipalities";
    }

    /**
     * Scales the pilot.
     *
     * @return the facts, or null without a plan
     * @throws ClimateCityException if the reference data cannot supply a stage's jurisdictions
     */
    ReportModel.ScalingFacts facts() {
        if (plan == null) {
            return null;
        }
        int first = plan.stages().stream().mapToInt(ScalingStage::startYear).min().orElseThrow();
        int last = Math.max(ReportBuilder.HORIZON, first);
        ReferenceJurisdictions source = ReferenceJurisdictions.get();
        ScalingProjection projection = PilotScaling.project(plan, pilot, source, first, last);
        List<ReportModel.StageFacts> stages = new ArrayList<>();
        Map<Geography, String> countedIn = new HashMap<>();
        for (ScalingStage stage : plan.stages()) {
            StageProjection projected = projection.stage(stage.id());
            List<Jurisdiction> covered = stage.jurisdictions().isEmpty()
                    ? source.jurisdictions(stage.geographies(), pilot.driver()) : stage.jurisdictions();
            List<ReportModel.PlaceFacts> places = places(projected, covered, countedIn, first, last);
            projected.jurisdictions().forEach(j -> countedIn.putIfAbsent(j.geography(), stage.name()));
            SortedMap<Integer, Double> low = new TreeMap<>();
            SortedMap<Integer, Double> central = new TreeMap<>();
            SortedMap<Integer, Double> high = new TreeMap<>();
            for (int year = first; year <= last; year++) {
                ScalingYear figures = projected.year(year);
                low.put(year, figures.low());
                central.put(year, figures.central());
                high.put(year, figures.high());
            }
            stages.add(new ReportModel.StageFacts(stage.name(), places,
                    projected.jurisdictions().size(), projected.driverTotal(), stage.startYear(), low, central,
                    high));
        }
        String note = pilot.provenance().note() == null ? pilot.provenance().describe() : pilot.provenance().note();
        return new ReportModel.ScalingFacts(pilot.name(), pilot.driver().kind().unit(), pilot.effectPerUnit().low(),
                pilot.effectPerUnit().central(), pilot.effectPerUnit().high(), pilot.provenance().isIllustrative(),
                note, stages);
    }

    /**
     * Returns the places a stage covers: those it counts with their driver and central reduction per year, the others
     * with the earlier stage that counts them.
     */
    private static List<ReportModel.PlaceFacts> places(StageProjection projected, List<Jurisdiction> covered,
            Map<Geography, String> countedIn, int first, int last) {
        Map<Geography, Integer> counted = new HashMap<>();
        for (int j = 0; j < projected.jurisdictions().size(); j++) {
            counted.putIfAbsent(projected.jurisdictions().get(j).geography(), j);
        }
        List<ReportModel.PlaceFacts> places = new ArrayList<>(covered.size());
        for (Jurisdiction jurisdiction : covered) {
            Integer index = counted.get(jurisdiction.geography());
            String group = group(jurisdiction.geography());
            if (index == null) {
                places.add(new ReportModel.PlaceFacts(jurisdiction.name(), group,
                        countedIn.getOrDefault(jurisdiction.geography(), "an earlier stage"), 0, new TreeMap<>()));
                continue;
            }
            SortedMap<Integer, Double> central = new TreeMap<>();
            for (int year = first; year <= last; year++) {
                central.put(year, projected.jurisdictionYear(index, year).central());
            }
            places.add(new ReportModel.PlaceFacts(jurisdiction.name(), group, null,
                    projected.jurisdictions().get(index).driverValue(), central));
        }
        return places;
    }

    /** The larger area a place lies in, by which long lists are summarised: a Swedish municipality's county. */
    private static String group(Geography area) {
        if (area instanceof Geography.MunicipalityArea municipality) {
            CountyCode county = municipality.code().county();
            return SwedishRegions.get().county(county).map(c -> c.name()).orElse("county") + " (" + county + ")";
        }
        return area.country().map(CountryCode::value).orElse("");
    }

    /** Returns the scaling as a text table for the console. */
    static String table(ReportModel.ScalingFacts scaling, List<Integer> years) {
        ReportTables.Table table = ReportTables.scaling(scaling, years);
        return table.title() + "\n" + TextReport.aligned(table) + "  " + table.note()
                + "\n";
    }

    /**
     * Writes {@code scaling.md}, {@code scaling.csv} (every stage and year) and {@code scaling.svg} to a folder, all
     * three or none.
     *
     * @return the files written
     * @throws UserError if a file cannot be written
     */
    static List<Path> write(ReportModel.ScalingFacts scaling, Path folder) {
        Objects.requireNonNull(folder, "folder");
        List<List<String>> rows = new ArrayList<>();
        for (ReportModel.StageFacts stage : scaling.stages()) {
            stage.central().forEach((year, central) -> rows.add(List.of(stage.name(), Integer.toString(year),
                    number(stage.low().get(year)), number(central), number(stage.high().get(year)))));
        }
        // neutralised against formulas like every exported table
        String csv = CsvOutput.write(List.of("stage", "year", "low_tonnes_co2e", "central_tonnes_co2e",
                "high_tonnes_co2e"), rows, false);
        ReportTables.Table table = ReportTables.scaling(scaling, ReportBuilder.REPORT_YEARS);
        String markdown = "# Scaling: " + TextReport.markdownText(scaling.pilotName()) + "\n\n"
                + TextReport.markdownTable(table) + "\n" + TextReport.markdownParagraph(table.note()) + "\n"
                + "\n![Scaled reductions per stage with the low-high band](" + ReportCharts.SCALING_FILE_NAME + ")\n";
        Map<String, OutputFiles.Content> files = new LinkedHashMap<>();
        files.put("scaling.md", OutputFiles.text(markdown));
        files.put("scaling.csv", OutputFiles.text(csv));
        files.put(ReportCharts.SCALING_FILE_NAME,
                OutputFiles.text(ReportFiles.svgFile(ReportCharts.scaling(scaling))));
        try {
            return OutputFiles.writeInto(folder, files);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot write to " + folder + ": " + DocumentFiles.describe(e), e);
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
