package org.climatecity.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The report's tables, built once from a {@link ReportModel} and printed alike on the console, in Markdown and in
 * HTML.
 *
 * @since 0.1.0
 */
public final class ReportTables {

    /** What the trend table says instead of its rows when no city has a trend and a target. */
    public static final String NO_CITIES = "No city of the document has emissions inventories for two or more years"
            + " from 2015 and a climate target, so there is no trend to compare with a target.";

    /** What the partners' table says instead of its rows when the initiative has no partners. */
    public static final String NO_PARTNERS = "The initiative has no partners.";

    /** The most places a stage's table names one by one; a longer list is summarised by the area they lie in. */
    public static final int PLACES_NAMED = 30;

    private ReportTables() {
    }

    /**
     * A table: a title, column headers, rows of cells and a note that explains them.
     *
     * @param title the title, not null
     * @param headers the column headers, not null
     * @param rows the rows, each with one cell per header, not null; a table without rows is printed as its note only
     * @param note a sentence or two printed under the table, empty for none, not null
     * @since 0.1.0
     */
    public record Table(String title, List<String> headers, List<List<String>> rows, String note) {

        /**
         * Creates a table.
         *
         * @param title the title, not null
         * @param headers the headers, not null
         * @param rows the rows, not null
         * @param note the note, empty for none, not null
         * @throws IllegalArgumentException if a row has another number of cells than there are headers
         */
        public Table {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(note, "note");
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("row must have " + headers.size() + " cells, had " + row.size()
                            + ": " + row);
                }
            }
        }
    }

    /**
     * Returns the programme and initiative before and after the change date.
     *
     * @param model the report, not null
     * @return the table
     */
    public static Table programme(ReportModel model) {
        ReportModel.ProgrammeFacts p = model.programme();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(p.programmeName() + " member cities", Integer.toString(p.membersBefore()),
                p.membersAfter() + " (" + p.namedMembersAfter() + " named in the sources)"));
        if (p.agencies() > 0) {
            rows.add(List.of("participating national agencies", Integer.toString(p.agencies()),
                    Integer.toString(p.agencies())));
        }
        rows.add(List.of(p.initiativeName() + " scope", p.scopeBefore(), p.scopeAfter()));
        String twinsBefore = twins(model, model.before());
        String twinsAfter = twins(model, model.after());
        rows.add(List.of("twin cities", twinsBefore, twinsAfter));
        if (!p.supportedCities().isEmpty()) {
            rows.add(List.of(p.programmeName() + " support", "-", String.join("; ", p.supportedCities())));
        }
        return new Table("Programme and initiative", List.of("", "on " + model.before(), "on " + model.after()),
                rows, "");
    }

    private static String twins(ReportModel model, java.time.LocalDate date) {
        List<String> pairs = model.twins().stream().filter(t -> !t.since().isAfter(date))
                .map(t -> t.pilotCity() + " + " + t.twinCity() + " (since " + t.since()
                        + (t.sharedTargets().isEmpty() ? "" : ", joint target: " + String.join(", ", t.sharedTargets()))
                        + ")")
                .toList();
        return pairs.isEmpty() ? "-" : String.join("; ", pairs);
    }

    /**
     * Returns the partners' roles before and after the change date.
     *
     * @param model the report, not null
     * @return the table
     */
    public static Table partners(ReportModel model) {
        List<List<String>> rows = model.partners().stream()
                .map(p -> List.of(p.partner(), p.kind(), Formats.roles(p.before()), Formats.roles(p.after())))
                .toList();
        return new Table("Partners' roles", List.of("partner", "kind", "roles on " + model.before(),
                "roles on " + model.after()), rows, rows.isEmpty() ? NO_PARTNERS : "");
    }

    /**
     * Returns each city's trend against its target and the gap, with and without the action plan.
     *
     * @param model the report, not null
     * @return the table; without rows, its note is {@link #NO_CITIES}
     */
    public static Table cities(ReportModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportModel.CityFacts city : model.cities()) {
            int year = city.targetYear();
            rows.add(List.of(city.name() + " (" + city.code() + ")",
                    Formats.tonnes(city.lastObserved()) + " (" + city.lastObservedYear() + ")",
                    Formats.signedTonnes(OptionalDouble.of(city.trendSlope())),
                    city.zeroYear().isPresent() ? Integer.toString(city.zeroYear().getAsInt()) : "never",
                    city.targetName().contains(Integer.toString(year)) ? city.targetName()
                            : city.targetName() + " (" + year + ")",
                    Formats.tonnes(value(city.targetPath(), year)),
                    Formats.tonnes(value(city.trend(), year)),
                    Formats.signedTonnes(city.gap(year)),
                    Formats.signedTonnes(city.gapWithActions(year)) + " (" + city.actionCount() + " actions)"));
        }
        String note = rows.isEmpty() ? NO_CITIES
                : "The gap is the trend less the target path in the target year; above zero, emissions stay above the"
                        + " path. The action plan counts the actions that are planned, approved, in progress or"
                        + " completed.";
        return new Table("Trend against target (t CO2e per year)", List.of("city", "last observed",
                "trend per year", "trend reaches zero", "target", "target path in target year",
                "trend in target year", "gap", "gap with action plan"), rows, note);
    }

    /**
     * Returns the scaled reductions per stage for the report years, each as low / central / high.
     *
     * @param model the report, not null
     * @return the table, without rows when the initiative has no scaling plan
     */
    public static Table scaling(ReportModel model) {
        return scaling(model.scalingFacts().orElse(null), model.reportYears());
    }

    /**
     * Returns the scaled reductions per stage for some years, each as low / central / high, with the plan's total.
     * A stage counts what it adds beyond the earlier stages, so the rows add up to the total.
     *
     * @param scaling the scaling, or null for a table without rows
     * @param years the years, not null
     * @return the table
     */
    public static Table scaling(ReportModel.ScalingFacts scaling, List<Integer> years) {
        List<String> headers = new ArrayList<>(List.of("stage", "covers", "counted beyond earlier stages",
                "starts"));
        years.forEach(y -> headers.add(y + " low / central / high"));
        List<List<String>> rows = new ArrayList<>();
        if (scaling != null) {
            for (ReportModel.StageFacts stage : scaling.stages()) {
                List<String> row = new ArrayList<>(List.of(stage.name(), covered(stage),
                        stage.counted() + " (" + Formats.count(stage.driverTotal()) + " " + scaling.driverUnit()
                                + "s)",
                        Integer.toString(stage.startYear())));
                for (int year : years) {
                    row.add(band(value(stage.low(), year), value(stage.central(), year), value(stage.high(), year)));
                }
                rows.add(row);
            }
            List<String> total = new ArrayList<>(List.of("total", "", "", ""));
            for (int year : years) {
                total.add(band(sum(scaling, ReportModel.StageFacts::low, year),
                        sum(scaling, ReportModel.StageFacts::central, year),
                        sum(scaling, ReportModel.StageFacts::high, year)));
            }
            rows.add(total);
        }
        String note = scaling == null ? "" : String.format(java.util.Locale.ROOT,
                "Pilot '%s': %s / %s / %s t CO2e a year per %s (low / central / high)%s. Each stage counts only"
                        + " what it adds beyond the earlier stages, so the stages add up to the total.",
                scaling.pilotName(), Formats.decimal(scaling.effectLow()), Formats.decimal(scaling.effectCentral()),
                Formats.decimal(scaling.effectHigh()), scaling.driverUnit(),
                scaling.effectIllustrative() ? ", illustrative: " + scaling.effectNote() : "");
        return new Table("Scaled reductions per stage (t CO2e per year)", headers, rows, note);
    }

    /**
     * Returns a table of the places of each stage of the scaling, see {@link #places(ReportModel.StageFacts, String,
     * List)}.
     *
     * @param model the report, not null
     * @return the tables, one per stage; none when the initiative has no scaling plan
     */
    public static List<Table> places(ReportModel model) {
        if (model.scalingFacts().isEmpty()) {
            return List.of();
        }
        ReportModel.ScalingFacts scaling = model.scalingFacts().get();
        return scaling.stages().stream().map(stage -> places(stage, scaling.driverUnit(), model.reportYears()))
                .toList();
    }

    /**
     * Returns the places a stage covers with the driver it counts of each and the central reduction in some years.
     * Up to {@link #PLACES_NAMED} places are named one by one, those an earlier stage counts with that stage's name;
     * a longer list is summarised by the area the places lie in (a Swedish municipality's county), with the number
     * of places and the sums. Either way the rows add up to the stage's figures.
     *
     * @param stage the stage, not null
     * @param driverUnit the unit of the driver, such as {@code resident}, not null
     * @param years the years, not null
     * @return the table
     */
    public static Table places(ReportModel.StageFacts stage, String driverUnit, List<Integer> years) {
        boolean named = stage.places().size() <= PLACES_NAMED;
        List<String> headers = new ArrayList<>(List.of(named ? "place" : "area", driverUnit + "s counted"));
        years.forEach(y -> headers.add(y + " central"));
        List<List<String>> rows = new ArrayList<>();
        if (named) {
            for (ReportModel.PlaceFacts place : stage.places()) {
                List<String> row = new ArrayList<>(List.of(place.name(), place.countedHere()
                        ? Formats.count(place.driver()) : "in stage " + place.countedIn()));
                years.forEach(y -> row.add(place.countedHere() ? Formats.tonnes(value(place.central(), y)) : "-"));
                rows.add(row);
            }
        } else {
            Map<String, List<ReportModel.PlaceFacts>> byGroup = stage.places().stream().collect(Collectors.groupingBy(
                    p -> p.group().isEmpty() ? "other" : p.group(), java.util.TreeMap::new, Collectors.toList()));
            byGroup.forEach((group, places) -> {
                long earlier = places.stream().filter(p -> !p.countedHere()).count();
                List<String> row = new ArrayList<>(List.of(group + ": " + places.size() + (places.size() == 1
                        ? " place" : " places") + (earlier == 0 ? "" : ", " + earlier + " counted earlier"),
                        Formats.count(places.stream().mapToDouble(ReportModel.PlaceFacts::driver).sum())));
                for (int year : years) {
                    row.add(Formats.tonnes(places.stream().filter(ReportModel.PlaceFacts::countedHere)
                            .mapToDouble(p -> p.central().getOrDefault(year, 0.0)).sum()));
                }
                rows.add(row);
            });
        }
        long earlier = stage.places().stream().filter(p -> !p.countedHere()).count();
        String note = stage.places().size() + (stage.places().size() == 1 ? " place" : " places")
                + (named ? "" : ", summarised by the county or country they lie in") + "; " + driverUnit
                + "s counted in this stage and the central reduction in t CO2e per year"
                + (earlier == 0 ? "." : "; " + earlier + " counted by an earlier stage, which reports them.");
        return new Table("Places of the stage " + stage.name(), headers, rows, note);
    }

    private static String band(OptionalDouble low, OptionalDouble central, OptionalDouble high) {
        return Formats.tonnes(low) + " / " + Formats.tonnes(central) + " / " + Formats.tonnes(high);
    }

    private static OptionalDouble sum(ReportModel.ScalingFacts scaling,
            java.util.function.Function<ReportModel.StageFacts, java.util.SortedMap<Integer, Double>> series,
            int year) {
        double sum = 0;
        for (ReportModel.StageFacts stage : scaling.stages()) {
            Double value = series.apply(stage).get(year);
            if (value == null) {
                return OptionalDouble.empty();
            }
            sum += value;
        }
        return OptionalDouble.of(sum);
    }

    private static String covered(ReportModel.StageFacts stage) {
        List<String> names = stage.covered();
        if (names.size() <= 3) {
            return names.size() + ": " + String.join(", ", names);
        }
        return names.size() + ": " + String.join(", ", names.subList(0, 3)) + ", ...";
    }

    private static OptionalDouble value(java.util.SortedMap<Integer, Double> series, int year) {
        Double value = series.get(year);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
