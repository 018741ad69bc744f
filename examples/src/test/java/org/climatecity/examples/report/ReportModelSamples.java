package org.climatecity.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.climatecity.core.calc.GapAnalysis;
import org.climatecity.core.calc.GapYear;
import org.climatecity.core.programme.PartnerRole;

/** A small hand-made report model for the renderers' tests; its figures are made up, not calculated. */
final class ReportModelSamples {

    private ReportModelSamples() {
    }

    static ReportModel sample() {
        ReportModel.ProgrammeFacts programme = new ReportModel.ProgrammeFacts("Viable Cities",
                "Klimatneutrala Borlänge", 23, 48, 23, 6, "local: Borlänge", "regional: Dalarnas län",
                List.of("Borlänge: funding"));
        ReportModel.TwinFacts twin = new ReportModel.TwinFacts("Borlänge", "Avesta", LocalDate.of(2024, 12, 1),
                List.of("Joint <target> & more"));
        ReportModel.PartnerFacts region = new ReportModel.PartnerFacts("Region Dalarna", "regional authority",
                EnumSet.of(PartnerRole.SUPPORTING), EnumSet.of(PartnerRole.ACTIVE_PARTY, PartnerRole.COORDINATOR));
        SortedMap<Integer, Double> trend = series(2024, 2045, 455_000, -5_000);
        SortedMap<Integer, Double> target = series(2024, 2030, 455_000, -60_000);
        SortedMap<Integer, Double> withActions = series(2024, 2045, 455_000, -7_000);
        ReportModel.CityFacts city = new ReportModel.CityFacts("Borlänge", "2081", "Klimatneutrala Borlänge 2030",
                2030, series(2015, 2024, 500_000, -5_000), -5_000, trend, 2115, target,
                series(2024, 2045, 455_000, -20_000), withActions, gaps(target, trend, withActions), 3,
                "Observed (SMHI)");
        ReportModel.StageFacts pilot = new ReportModel.StageFacts("Borlänge and Avesta", List.of(
                place("Borlänge", 51_735, 2025, 2045, 0, 120), place("Avesta", 22_753, 2025, 2045, 0, 80)), 2,
                74_488, 2025, series(2025, 2045, 0, 100), series(2025, 2045, 0, 200), series(2025, 2045, 0, 400));
        ReportModel.StageFacts europe = new ReportModel.StageFacts("Europe", List.of(
                place("EU-27", 449_200_000, 2031, 2045, 0, 20_000)), 1, 449_200_000, 2031,
                series(2031, 2045, 0, 10_000), series(2031, 2045, 0, 20_000), series(2031, 2045, 0, 40_000));
        ReportModel.ScalingFacts scaling = new ReportModel.ScalingFacts("Household climate coaching", "resident", 0.05,
                0.1, 0.2, true, "illustrative", List.of(pilot, europe));
        return new ReportModel("Sample report", LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 1), programme,
                List.of(twin), List.of(region), List.of(city), scaling, List.of(2030, 2035, 2045),
                List.of("The pilot's effect is illustrative."));
    }

    /** Returns the sample without cities (no inventories) and without partners. */
    static ReportModel withoutCitiesOrPartners() {
        ReportModel m = sample();
        return new ReportModel(m.title(), m.before(), m.after(), m.programme(), m.twins(), List.of(), List.of(),
                m.scaling(), m.reportYears(), m.notes());
    }

    /**
     * Returns a model in which every name from the document (title, programme, initiative, cities, twins, joint
     * targets, partners, stages, pilot, notes) is the given text.
     */
    static ReportModel named(String name) {
        ReportModel.ProgrammeFacts programme = new ReportModel.ProgrammeFacts(name, name, 23, 48, 23, 6, name, name,
                List.of(name));
        ReportModel.TwinFacts twin = new ReportModel.TwinFacts(name, name, LocalDate.of(2024, 12, 1), List.of(name));
        ReportModel.PartnerFacts partner = new ReportModel.PartnerFacts(name, name,
                EnumSet.of(PartnerRole.SUPPORTING), EnumSet.of(PartnerRole.COORDINATOR));
        SortedMap<Integer, Double> trend = series(2024, 2045, 455_000, -5_000);
        SortedMap<Integer, Double> target = series(2024, 2030, 455_000, -60_000);
        SortedMap<Integer, Double> withActions = series(2024, 2045, 455_000, -7_000);
        ReportModel.CityFacts city = new ReportModel.CityFacts(name, "2081", name, 2030,
                series(2015, 2024, 500_000, -5_000), -5_000, trend, 2115, target,
                series(2024, 2045, 455_000, -20_000), withActions, gaps(target, trend, withActions), 3);
        ReportModel.StageFacts stage = new ReportModel.StageFacts(name, List.of(place(name, 10, 2025, 2045, 0, 200)),
                1, 10, 2025,
                series(2025, 2045, 0, 100), series(2025, 2045, 0, 200), series(2025, 2045, 0, 400));
        ReportModel.ScalingFacts scaling = new ReportModel.ScalingFacts(name, "resident", 0.05, 0.1, 0.2, true, name,
                List.of(stage));
        return new ReportModel(name, LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 1), programme,
                List.of(twin), List.of(partner), List.of(city), scaling, List.of(2030), List.of(name));
    }

    /** A place counted in its stage, whose central reduction grows by a step a year. */
    static ReportModel.PlaceFacts place(String name, double driver, int from, int to, double start, double step) {
        return new ReportModel.PlaceFacts(name, "", null, driver, series(from, to, start, step));
    }

    /** The gap analysis of made-up paths over the target path's years, each action effect what the paths differ. */
    static GapAnalysis gaps(SortedMap<Integer, Double> target, SortedMap<Integer, Double> trend,
            SortedMap<Integer, Double> withActions) {
        List<GapYear> years = new ArrayList<>();
        target.forEach((year, value) -> years.add(new GapYear(year, value, trend.get(year),
                trend.get(year) - withActions.get(year), withActions.get(year))));
        return new GapAnalysis(years);
    }

    static SortedMap<Integer, Double> series(int first, int last, double start, double step) {
        SortedMap<Integer, Double> series = new TreeMap<>();
        for (int year = first; year <= last; year++) {
            series.put(year, start + step * (year - first));
        }
        return series;
    }
}
