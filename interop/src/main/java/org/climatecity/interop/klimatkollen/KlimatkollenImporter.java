package org.climatecity.interop.klimatkollen;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.Direction;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.Observation;
import org.climatecity.core.indicators.ObservationStatus;
import org.climatecity.core.internal.Slugs;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.registry.RegisteredMunicipality;
import org.climatecity.core.registry.SwedishRegions;
import org.climatecity.core.time.YearRange;
import org.climatecity.interop.ImportException;
import org.climatecity.interop.ImportLimits;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.TonnesBalance;
import org.climatecity.interop.internal.CsvTable;
import org.climatecity.interop.internal.DocumentCheck;
import org.climatecity.interop.internal.Reporter;
import org.climatecity.interop.internal.Slug;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

/**
 * Reads Klimatkollen's municipality data, a JSON array with one object per municipality, in both shapes in use: the
 * older ({@code kommun}, {@code län}, {@code emissions}, {@code budget}, {@code emissionBudget}, {@code trend},
 * {@code hitNetZero}, {@code budgetRunsOut}, ...) and the newer ({@code name}, {@code region}, {@code emissions},
 * {@code totalTrend}, {@code totalCarbonLaw}, {@code emissionsSlope}, ...).
 *
 * <p>Each municipality is found by its name in {@link SwedishRegions} and becomes a {@link Municipality} (actor id the
 * slug of its name, {@code borlange}, with the kommunkod added where two names share a slug: {@code habo-0643} and
 * {@code habo-0305} for Habo and Håbo) with its kommunkod. Its {@code emissions} series becomes one territorial
 * {@link EmissionsInventory} per year, a total of all greenhouse gases (GWP AR5), from SMHI's national emissions
 * database via Klimatkollen with the file's vintage ({@code series to 2022}, the last year of the file's series): SMHI
 * recalculates its whole series every year, so files of different vintages give different inventories.
 *
 * <p>Klimatkollen's key figures become indicators of one initiative per municipality
 * (led by the municipality and scoped to it): the model keeps indicators in
 * initiatives, and the report says so once per file ({@code assumed-initiative}). Ids name the municipality and the
 * last year of the file's series, so that files of different vintages merge side by side: initiative
 * {@code klimatkollen-2022-ale}, indicator {@code ale-electric-car-share-2022}. Observed figures are
 * {@link ObservationStatus#FINAL} observations with Klimatkollen as their source: the electric share of new cars per
 * year ({@code electric-car-share}), bicycle metres per resident, consumption-based emissions per resident (kg CO2e),
 * electric vehicles per charging point, the procurement score (its link as the note) and the climate plan (1 with its
 * year when there is one, 0 when Klimatkollen says there is none; link and comment as the note). A figure given without
 * a year is an observation without a period. The indicator states the provenance; its observations, sourced as it
 * is, state none of their own.
 *
 * <p>Klimatkollen's own derived figures are kept as what they are, its estimates: indicators whose observations have
 * status {@link ObservationStatus#ESTIMATE} and provenance of kind {@link Provenance.Kind#ESTIMATE} naming
 * Klimatkollen, never final observations: the trend per year ({@code emissions-trend}),
 * {@code approximatedHistoricalEmission} ({@code approximated-emissions}), the carbon-law path
 * ({@code carbon-law-path}), the budget, the change rates, the totals, and the dates ({@code net-zero-date},
 * {@code budget-runs-out}: the value is the year with its fraction, counted in 365-day years as Klimatkollen does, and
 * the date is the note; the observation has no period, as the date may lie beyond 2200).
 *
 * <p>Report codes, with file and JSON pointer: {@code unknown-municipality} (a name the registry does not know; the
 * municipality is not kept), {@code county-differs} (the county named is not the registry's), {@code bad-number},
 * {@code no-date} (a date such as {@code Aldrig}, never, that is not a date: no observation), {@code unknown-shape} (an
 * element that is not a municipality of either shape), {@code dropped-value} (a key the model has no place for, such as
 * {@code logoUrl} or {@code politicalRule}, once per key and file), {@code duplicate-key} (a key given twice in one
 * object, with the line and column of the repeat: the first value is kept; a municipality named twice with two names
 * is not kept, as its figures belong to neither for certain), {@code repeated-municipality} (an element of a
 * municipality an earlier element gave, by the same name or one the registry takes for it, such as {@code Ale kommun}
 * after {@code Ale}: the first is kept whole and the repeat is not); for the whole file {@code assumed-initiative} and
 * {@code assumed-unit}. A municipality or value left out names the tonnes of the series it held. Input that is not a
 * JSON array of municipalities, or an array of more than 1,000 elements (checked while reading), throws
 * {@link ImportException}.
 *
 * <p>The class is thread-safe.
 *
 * @since 0.1.0
 */
public final class KlimatkollenImporter {

    /** The Klimatkollen figures the importer knows, by JSON key. */
    private static final Map<String, Figure> FIGURES = figures();
    /** Keys read as the municipality's name, county or emissions, or as part of another figure. */
    private static final Set<String> STRUCTURE = Set.of("kommun", "name", "län", "region", "emissions",
            "climatePlanLink", "climatePlanYear", "climatePlanComment", "procurementLink");
    private static final String ESTIMATE_NOTE = "Klimatkollen's figure, derived with its own method; not an"
            + " observation";

    /**
     * The default limits: files up to 64 MiB, strings up to 1,000,000 characters and up to 1,000 municipalities (the
     * elements of the file's array; Sweden has 290). Raise them with {@link ImportLimits}'s {@code withXxx} methods
     * for larger files.
     *
     * @since 0.1.0
     */
    public static final ImportLimits DEFAULT_LIMITS = CsvTable.DEFAULT_LIMITS.withMaxRows(1_000);

    private KlimatkollenImporter() {
    }

    /** How a figure's value is given. */
    private enum Shape {
        /** An object of year to number. */
        YEARLY,
        /** A number, or a text holding one. */
        SINGLE,
        /** A date. */
        DATE
    }

    /** A figure: its key, indicator, unit, direction, shape and whether it is Klimatkollen's estimate. */
    private record Figure(String key, String id, String name, String unit, Direction direction, Shape shape,
            boolean estimate) {
    }

    private static Map<String, Figure> figures() {
        Map<String, Figure> map = new LinkedHashMap<>();
        for (Figure figure : List.of(
                new Figure("electricCarChangeYearly", "electric-car-share", "Share of new cars that are electric"
                        + " chargeable", "%", Direction.HIGHER_IS_BETTER, Shape.YEARLY, false),
                new Figure("bicycleMetrePerCapita", "bicycle-metres-per-resident", "Bicycle paths per resident",
                        "m per resident", Direction.HIGHER_IS_BETTER, Shape.SINGLE, false),
                new Figure("totalConsumptionEmission", "consumption-emissions-per-resident", "Consumption-based"
                        + " emissions per resident", "kg CO2e per resident", Direction.LOWER_IS_BETTER, Shape.SINGLE,
                        false),
                new Figure("electricVehiclePerChargePoints", "electric-vehicles-per-charging-point", "Electric"
                        + " vehicles per public charging point", "vehicles per charging point",
                        Direction.LOWER_IS_BETTER, Shape.SINGLE, false),
                new Figure("procurementScore", "procurement-score", "Climate requirements in procurement",
                        "score 0 to 2", Direction.HIGHER_IS_BETTER, Shape.SINGLE, false),
                new Figure("electricCarChangePercent", "electric-car-share-change", "Yearly change of the electric"
                        + " share of new cars (Klimatkollen's estimate)", "percentage points per year",
                        Direction.HIGHER_IS_BETTER, Shape.SINGLE, true),
                new Figure("trend", "emissions-trend", "Emissions trend (Klimatkollen's estimate)", "t CO2e",
                        Direction.LOWER_IS_BETTER, Shape.YEARLY, true),
                new Figure("approximatedHistoricalEmission", "approximated-emissions", "Approximated emissions of"
                        + " years without statistics (Klimatkollen's estimate)", "t CO2e", Direction.LOWER_IS_BETTER,
                        Shape.YEARLY, true),
                new Figure("emissionBudget", "carbon-law-path", "Emissions within the carbon budget (Klimatkollen's"
                        + " estimate)", "t CO2e", Direction.LOWER_IS_BETTER, Shape.YEARLY, true),
                new Figure("budget", "carbon-budget", "Carbon budget (Klimatkollen's estimate)", "t CO2e",
                        Direction.HIGHER_IS_BETTER, Shape.SINGLE, true),
                new Figure("totalApproximatedHistoricalEmission", "approximated-emissions-total", "Approximated"
                        + " emissions in total (Klimatkollen's estimate)", "t CO2e", Direction.LOWER_IS_BETTER,
                        Shape.SINGLE, true),
                new Figure("trendEmission", "trend-emissions-total", "Emissions on the trend in total (Klimatkollen's"
                        + " estimate)", "t CO2e", Direction.LOWER_IS_BETTER, Shape.SINGLE, true),
                new Figure("totalTrend", "trend-emissions-total", "Emissions on the trend in total (Klimatkollen's"
                        + " estimate)", "t CO2e", Direction.LOWER_IS_BETTER, Shape.SINGLE, true),
                new Figure("totalCarbonLaw", "carbon-law-total", "Emissions on the carbon-law path in total"
                        + " (Klimatkollen's estimate)", "t CO2e", Direction.LOWER_IS_BETTER, Shape.SINGLE, true),
                new Figure("emissionsSlope", "emissions-slope", "Slope of the emissions trend (Klimatkollen's"
                        + " estimate)", "t CO2e per year", Direction.LOWER_IS_BETTER, Shape.SINGLE, true),
                new Figure("historicalEmissionChangePercent", "historical-emission-change", "Yearly change of"
                        + " emissions since 2015 (Klimatkollen's estimate)", "% per year", Direction.LOWER_IS_BETTER,
                        Shape.SINGLE, true),
                new Figure("neededEmissionChangePercent", "needed-emission-change", "Yearly reduction needed to stay"
                        + " within the carbon budget (Klimatkollen's estimate)", "% per year",
                        Direction.LOWER_IS_BETTER, Shape.SINGLE, true),
                new Figure("hitNetZero", "net-zero-date", "Date the trend reaches zero (Klimatkollen's estimate)",
                        "year", Direction.LOWER_IS_BETTER, Shape.DATE, true),
                new Figure("budgetRunsOut", "budget-runs-out", "Date the carbon budget runs out on the trend"
                        + " (Klimatkollen's estimate)", "year", Direction.HIGHER_IS_BETTER, Shape.DATE, true))) {
            map.put(figure.key(), figure);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * Imports Klimatkollen files into one document.
     *
     * @param files the files, not null, at least one
     * @return the document and the report
     * @throws ImportException if a file is missing, a folder, not JSON, not an array of municipalities or passes a
     *     limit of {@link #DEFAULT_LIMITS}
     */
    public static ImportResult read(List<Path> files) {
        return read(files, DEFAULT_LIMITS);
    }

    /**
     * Imports Klimatkollen files into one document, within limits.
     *
     * @param files the files, not null, at least one
     * @param limits the limits each file is read within, not null
     * @return the document and the report
     * @throws ImportException if a file is missing, a folder, not JSON, not an array of municipalities or passes a
     *     limit, which the message names
     * @since 0.1.0
     */
    public static ImportResult read(List<Path> files, ImportLimits limits) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(limits, "limits");
        if (files.isEmpty()) {
            throw new ImportException("no Klimatkollen file given");
        }
        List<ImportResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(read(file, limits));
        }
        return ImportResult.merge(results);
    }

    /**
     * Imports one Klimatkollen file.
     *
     * @param file the file, not null
     * @return the document and the report
     * @throws ImportException if the file is missing, a folder, not JSON, not an array of municipalities or passes a
     *     limit of {@link #DEFAULT_LIMITS}
     */
    public static ImportResult read(Path file) {
        return read(file, DEFAULT_LIMITS);
    }

    /**
     * Imports one Klimatkollen file within limits.
     *
     * @param file the file, not null
     * @param limits the limits, not null: the file's length, a string's length and the elements of its array
     * @return the document and the report
     * @throws ImportException if the file is missing, a folder, not JSON, not an array of municipalities or passes a
     *     limit, which the message names
     * @since 0.1.0
     */
    public static ImportResult read(Path file, ImportLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        String shown = String.valueOf(file.getFileName());
        // neither the text nor the tree is held here: the import lets go of each municipality's tree once read
        return new FileImport(shown, KlimatkollenJson.read(CsvTable.utf8(CsvTable.bytes(file, shown, limits), shown),
                shown, limits)).run();
    }

    /** The import of one file. */
    private static final class FileImport {
        private final String file;
        /** The file's array; each element is replaced by a null node once imported, so that it can be collected. */
        private final ArrayNode root;
        private final List<KlimatkollenJson.Repeat> repeats;
        private final Reporter report = new Reporter();
        private final Map<Object, DocumentCheck.Origin> origins = new IdentityHashMap<>();
        private BigDecimal emissionsRead = BigDecimal.ZERO;
        private final Map<String, RegisteredMunicipality> byName = new HashMap<>();
        /** Where each municipality imported was given, by the registry's municipality. */
        private final Map<RegisteredMunicipality, String> firstAt = new HashMap<>();
        /** The series of each municipality's last repeat, with its tonnes: a file repeated holds it many times. */
        private final Map<RegisteredMunicipality, Series> repeated = new HashMap<>();
        private final Map<RegisteredMunicipality, ActorId> actorIds;
        private final Map<String, String> droppedKeys = new LinkedHashMap<>();
        private final Map<String, Integer> droppedCounts = new HashMap<>();
        private final DataSource smhi;
        private final DataSource klimatkollen;
        private final Provenance smhiStatistics;
        private final Provenance reported;
        private final Provenance estimated;
        private final Map<Integer, YearRange> years = new HashMap<>();
        private final String edition;

        FileImport(String file, KlimatkollenJson.Tree tree) {
            if (!(tree.root() instanceof ArrayNode array)) {
                throw new ImportException("cannot read " + file + ": Klimatkollen's data is a JSON array of"
                        + " municipalities, was " + (tree.root().isMissingNode() ? "empty"
                                : tree.root().getNodeType().name().toLowerCase(Locale.ROOT)));
            }
            this.file = file;
            this.root = array;
            this.repeats = tree.repeats();
            for (RegisteredMunicipality municipality : SwedishRegions.get().municipalities()) {
                byName.put(key(municipality.name()), municipality);
            }
            actorIds = actorIds(SwedishRegions.get().municipalities());
            int lastYear = tree.lastYear();
            String vintage = lastYear == 0 ? null : "series to " + lastYear;
            edition = lastYear == 0 ? "" : Integer.toString(lastYear);
            smhi = new DataSource("SMHI", "Nationella emissionsdatabasen", null, vintage, null,
                    "SMHI, Nationella emissionsdatabasen, via Klimatkollen (" + file + ")", null);
            klimatkollen = new DataSource("Klimatkollen (Klimatbyrån)", "Klimatkollen municipal climate data ("
                    + file + ")", null, vintage, "https://klimatkollen.se", null, null);
            smhiStatistics = Provenance.officialStatistics(smhi);
            reported = Provenance.reported(klimatkollen);
            estimated = new Provenance(Provenance.Kind.ESTIMATE, klimatkollen, ESTIMATE_NOTE);
        }

        /**
         * Returns each registered municipality's actor id: the slug of its name, or with its code where two names
         * share a slug (Habo and Håbo: {@code habo-0643}, {@code habo-0305}).
         */
        private static Map<RegisteredMunicipality, ActorId> actorIds(List<RegisteredMunicipality> municipalities) {
            Map<String, Integer> sharing = new HashMap<>();
            for (RegisteredMunicipality municipality : municipalities) {
                sharing.merge(Slug.of(municipality.name()), 1, Integer::sum);
            }
            Map<RegisteredMunicipality, ActorId> ids = new HashMap<>();
            for (RegisteredMunicipality municipality : municipalities) {
                String slug = Slug.of(municipality.name());
                ids.put(municipality, ActorId.of(sharing.get(slug) > 1 ? slug + "-" + municipality.code().value()
                        : slug));
            }
            return ids;
        }

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT).replace(" kommun", "").strip();
        }

        ImportResult run() {
            List<Actor> actors = new ArrayList<>();
            List<EmissionsInventory> inventories = new ArrayList<>();
            List<BigDecimal> inventoryTonnes = new ArrayList<>();
            List<Initiative> initiatives = new ArrayList<>();
            int recognised = 0;
            Set<Integer> ambiguous = repeatedKeys();
            for (int i = 0; i < root.size(); i++) {
                JsonNode element = root.get(i);
                String pointer = "/" + i;
                if (ambiguous.contains(i)) {
                    recognised++;
                    continue;
                }
                boolean older = element.has("kommun");
                if (!element.isObject() || !older && !element.has("name")) {
                    report.pointer(file, pointer, "unknown-shape", "element is not a municipality of either of"
                            + " Klimatkollen's shapes (with 'kommun' or 'name'); it is not kept");
                    continue;
                }
                recognised++;
                municipality(element, pointer, older, actors, inventories, inventoryTonnes, initiatives);
                root.set(i, NullNode.getInstance());
            }
            if (recognised == 0 && root.size() > 0) {
                throw new ImportException("cannot read " + file + ": none of its " + root.size() + " elements is a"
                        + " municipality of Klimatkollen's data (with 'kommun' or 'name')");
            }
            droppedKeys.forEach((key, pointer) -> report.pointer(file, pointer, "dropped-value", "key '"
                    + Texts.oneLine(key) + "' of " + droppedCounts.get(key) + " municipalit"
                    + (droppedCounts.get(key) == 1 ? "y" : "ies") + " has no place in the model; it is not kept"));
            if (!initiatives.isEmpty()) {
                report.file(file, "assumed-initiative", "Klimatkollen's figures of each municipality are kept as"
                        + " indicators of an initiative 'klimatkollen-" + edition + "-<municipality>' led by the"
                        + " municipality: the model keeps indicators in initiatives");
                report.file(file, "assumed-unit", "Klimatkollen does not state the unit of totalConsumptionEmission;"
                        + " it is taken as kg CO2e per resident");
            }
            ProgrammeDocument document = DocumentCheck.valid(new ProgrammeDocument(actors, List.of(), initiatives,
                    inventories), origins::get, file, report);
            BigDecimal kept = BigDecimal.ZERO;
            // the document keeps the inventories built, in order, less any left out: each one's tonnes as read
            int built = 0;
            for (EmissionsInventory inventory : document.inventories()) {
                while (built < inventories.size() && inventories.get(built) != inventory) {
                    built++;
                }
                kept = kept.add(built < inventories.size() ? inventoryTonnes.get(built++)
                        : BigDecimal.valueOf(inventory.reportedTotal()));
            }
            return new ImportResult(document, report.report(), List.of(new TonnesBalance(file, emissionsRead,
                    kept)));
        }

        /**
         * Reports each key given again in one object: the first value is kept and the repeat is not, except for a
         * municipality's name, whose repeat with another name makes the municipality's figures belong to neither:
         * that municipality is not kept. Returns the elements so left out.
         */
        private Set<Integer> repeatedKeys() {
            Set<Integer> ambiguous = new HashSet<>();
            for (KlimatkollenJson.Repeat repeat : repeats) {
                String[] at = repeat.pointer().split("/");
                int element = at.length > 1 && at[1].matches("\\d{1,9}") ? Integer.parseInt(at[1]) : -1;
                String where = "key '" + Texts.oneLine(repeat.key()) + "' is given again in one object (line "
                        + repeat.line() + ", column " + repeat.column() + ")";
                if (at.length == 3 && element >= 0 && (repeat.key().equals("kommun") || repeat.key().equals("name"))
                        && !repeat.first().equals(repeat.repeat())) {
                    ambiguous.add(element);
                    BigDecimal tonnes = tonnes(root.get(element).path("emissions"));
                    emissionsRead = emissionsRead.add(tonnes);
                    report.pointerLeftOut(file, repeat.pointer(), "duplicate-key", where + ", as '"
                            + Texts.oneLine(repeat.first().asString("")) + "' and as '"
                            + Texts.oneLine(repeat.repeat().asString("")) + "': its figures belong to neither for"
                            + " certain; the municipality is not kept" + heldTonnes(tonnes),
                            tonnes.signum() == 0 ? null : tonnes);
                    continue;
                }
                if (repeat.first().equals(repeat.repeat())) {
                    report.pointer(file, repeat.pointer(), "duplicate-key", where + " with the same value; it is"
                            + " kept once");
                    continue;
                }
                // the repeat's tonnes count as read where the series would have held them
                BigDecimal tonnes = BigDecimal.ZERO;
                if (at.length == 3 && at[2].equals("emissions")) {
                    tonnes = tonnes(repeat.repeat());
                } else if (at.length == 4 && at[2].equals("emissions")) {
                    tonnes = tonnes(JsonNodeFactory.instance.objectNode().set(at[3], repeat.repeat()));
                }
                emissionsRead = emissionsRead.add(tonnes);
                report.pointerLeftOut(file, repeat.pointer(), "duplicate-key", where + "; the first value is kept,"
                        + " the repeat " + Texts.oneLine(repeat.repeat().toString()) + " is not" + heldTonnes(tonnes),
                        tonnes.signum() == 0 ? null : tonnes);
            }
            return ambiguous;
        }

        /** A series of year to number and its tonnes. */
        private record Series(JsonNode values, BigDecimal tonnes) {
        }

        /** The tonnes of a repeat's series: those of the municipality's last repeat when the series is equal. */
        private BigDecimal repeatedTonnes(RegisteredMunicipality municipality, JsonNode series) {
            Series last = repeated.get(municipality);
            if (last != null && last.values().equals(series)) {
                return last.tonnes();
            }
            BigDecimal tonnes = tonnes(series);
            repeated.put(municipality, new Series(series, tonnes));
            return tonnes;
        }

        /** The tonnes of a series of year to number that the import would read, without reporting. */
        private static BigDecimal tonnes(JsonNode series) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String year : series.propertyNames()) {
                JsonNode node = series.get(year);
                double value = node.isNumber() ? doubleOf(node) : Double.NaN;
                if (node.isString()) {
                    try {
                        value = Double.parseDouble(node.asString().strip());
                    } catch (NumberFormatException e) {
                        value = Double.NaN;
                    }
                }
                if (Double.isFinite(value) && (value != 0 || !node.isNumber() || node.decimalValue().signum() == 0)) {
                    sum = sum.add(BigDecimal.valueOf(value));
                }
            }
            return sum;
        }

        /** A number's value as a double, infinite beyond a double's range (where Jackson's {@code asDouble} fails). */
        private static double doubleOf(JsonNode number) {
            if (number.isBigDecimal()) {
                return number.decimalValue().doubleValue();
            }
            return number.isBigInteger() ? number.bigIntegerValue().doubleValue() : number.asDouble();
        }

        private static String heldTonnes(BigDecimal tonnes) {
            return tonnes.signum() == 0 ? "" : " (it held " + tonnes.stripTrailingZeros().toPlainString()
                    + " t CO2e)";
        }

        private void municipality(JsonNode element, String pointer, boolean older, List<Actor> actors,
                List<EmissionsInventory> inventories, List<BigDecimal> inventoryTonnes,
                List<Initiative> initiatives) {
            String nameKey = older ? "kommun" : "name";
            String name = element.path(nameKey).asString("");
            RegisteredMunicipality registered = byName.get(key(name));
            if (registered == null) {
                BigDecimal tonnes = tonnes(element.path("emissions"));
                emissionsRead = emissionsRead.add(tonnes);
                report.pointerLeftOut(file, pointer + "/" + nameKey, "unknown-municipality", "municipality '"
                        + Texts.oneLine(name) + "' is not one of Sweden's 290 in the registry; it is not kept"
                        + heldTonnes(tonnes), tonnes.signum() == 0 ? null : tonnes);
                return;
            }
            String first = firstAt.putIfAbsent(registered, pointer);
            if (first != null) {
                // the first is kept whole: a repeat adds nothing the first does not hold, or figures that contradict it
                BigDecimal tonnes = repeatedTonnes(registered, element.path("emissions"));
                emissionsRead = emissionsRead.add(tonnes);
                report.pointerLeftOut(file, pointer + "/" + nameKey, "repeated-municipality", "municipality '"
                        + Texts.oneLine(name) + "' is " + registered.name() + " again, given first at " + first
                        + "; the first is kept, this one is not" + heldTonnes(tonnes),
                        tonnes.signum() == 0 ? null : tonnes);
                return;
            }
            String countyKey = older ? "län" : "region";
            String county = element.path(countyKey).asString("");
            String registeredCounty = SwedishRegions.get().requireCounty(registered.county()).name();
            if (!county.isEmpty() && !key(county).equals(key(registeredCounty))) {
                report.pointer(file, pointer + "/" + pointer(countyKey), "county-differs", "municipality '"
                        + registered.name() + "' lies in " + registeredCounty + ", not '" + Texts.oneLine(county)
                        + "'; the registry's county is kept");
            }
            ActorId id = actorIds.get(registered);
            Municipality municipality = Municipality.of(id, registered.name(), registered.code());
            actors.add(municipality);
            origins.put(municipality, new DocumentCheck.Origin(file, null, pointer));
            JsonNode emissions = element.path("emissions");
            for (Map.Entry<String, JsonNode> entry : emissions.properties()) {
                String year = entry.getKey();
                String series = pointer + "/emissions";
                Integer y = year(year);
                OptionalDouble value = number(entry.getValue(), series, year);
                BigDecimal tonnes = value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()) : null;
                if (tonnes != null) {
                    emissionsRead = emissionsRead.add(tonnes);
                }
                if (y == null) {
                    // a figure read, left out for its year: its tonnes are named
                    badYear(year, series, tonnes);
                }
                if (y != null && tonnes != null) {
                    EmissionsInventory inventory = new EmissionsInventory(id, y, Boundary.TERRITORIAL,
                            GasBasis.ALL_GHG_AR5, smhiStatistics, value.getAsDouble(), List.of());
                    inventories.add(inventory);
                    inventoryTonnes.add(tonnes);
                    origins.put(inventory, new DocumentCheck.Origin(file, null, series + "/" + year));
                }
            }
            List<Indicator> indicators = new ArrayList<>();
            Map<String, Indicator> byId = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : element.properties()) {
                String key = entry.getKey();
                Figure figure = FIGURES.get(key);
                if (figure == null) {
                    if (!STRUCTURE.contains(key)) {
                        droppedKeys.putIfAbsent(key, pointer + "/" + pointer(key));
                        droppedCounts.merge(key, 1, Integer::sum);
                    }
                    continue;
                }
                Indicator indicator = indicator(figure, entry.getValue(), pointer + "/" + pointer(key), id, element);
                if (indicator != null) {
                    byId.putIfAbsent(indicator.id().value(), indicator);
                }
            }
            Indicator plan = climatePlan(element, id, pointer);
            if (plan != null) {
                byId.putIfAbsent(plan.id().value(), plan);
            }
            indicators.addAll(byId.values());
            Initiative.Builder initiative = Initiative.builder(initiativeId(id),
                    "Klimatkollen's figures for " + registered.name(), id)
                    .scope(LocalDate.of(1990, 1, 1), Geography.municipality(registered.code()));
            indicators.forEach(initiative::indicator);
            Initiative built = initiative.build();
            initiatives.add(built);
            origins.put(built, new DocumentCheck.Origin(file, null, pointer));
        }

        /** Returns the id of the initiative that holds a municipality's figures. */
        private LocalId initiativeId(ActorId owner) {
            // the edition digits and the owner, a slug: joined with hyphens they are the slug of the three joined
            // with spaces, unless they are too long for one
            String joined = edition.isEmpty() ? "klimatkollen-" + owner.value() : "klimatkollen-" + edition + "-"
                    + owner.value();
            return LocalId.of(Slugs.isSlug(joined) ? joined : Slug.of("klimatkollen " + edition + " "
                    + owner.value()));
        }

        /** Returns an indicator's id, unique in a document of several municipalities and files. */
        private LocalId indicatorId(ActorId owner, String figure) {
            // owner and figure are slugs and the edition digits: joined with hyphens they are the slug of the three
            // joined with spaces, unless they are too long for one
            String joined = edition.isEmpty() ? owner.value() + "-" + figure : owner.value() + "-" + figure + "-"
                    + edition;
            return LocalId.of(Slugs.isSlug(joined) ? joined : Slug.of(owner.value() + " " + figure + " " + edition));
        }

        /** Returns the period of one year, one instance per year and file. */
        private YearRange year(int year) {
            YearRange period = years.get(year);
            if (period == null) {
                period = YearRange.of(year, year);
                years.put(year, period);
            }
            return period;
        }

        private static String at(String parent, @Nullable String key) {
            return key == null ? parent : parent + "/" + key;
        }

        private static String pointer(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }

        /** Returns the year a series names by a key, or null when the key is not one from 1900 to 2200. */
        private static @Nullable Integer year(String text) {
            try {
                int year = Integer.parseInt(text);
                if (year >= 1900 && year <= 2200) {
                    return year;
                }
            } catch (NumberFormatException e) {
                // not a year
            }
            return null;
        }

        /** Reports a value of a series left out for its key, which is not a year, with the tonnes it held. */
        private void badYear(String text, String series, @Nullable BigDecimal tonnes) {
            boolean held = tonnes != null && tonnes.signum() != 0;
            report.pointerLeftOut(file, series + "/" + pointer(text), "bad-number", "year must be a whole number"
                    + " from 1900 to 2200, was '" + Texts.oneLine(text) + "'; the value is not kept"
                    + (held ? heldTonnes(tonnes) : ""), held ? tonnes : null);
        }

        /**
         * Returns a value, or nothing after reporting it at its pointer: the parent's with the key, or the parent's
         * where the key is null (built only for a report).
         */
        private OptionalDouble number(@Nullable JsonNode node, String parent, @Nullable String key) {
            if (node != null && node.isNumber()) {
                // a decimal node converts to a double anew each time: once here
                double value = doubleOf(node);
                if (value == 0 && node.decimalValue().signum() != 0) {
                    // too small for a double: as 0 it would change the value silently
                    report.pointer(file, at(parent, key), "bad-number", "value " + Texts.oneLine(node.toString())
                            + " is too small to be told from 0; it is not kept");
                    return OptionalDouble.empty();
                }
                if (Double.isFinite(value)) {
                    return OptionalDouble.of(value);
                }
            }
            if (node != null && node.isString()) {
                try {
                    double value = Double.parseDouble(node.asString().strip());
                    if (Double.isFinite(value)) {
                        return OptionalDouble.of(value);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            report.pointer(file, at(parent, key), "bad-number", "value must be a number, was "
                    + (node == null ? "absent" : "'" + Texts.oneLine(node.toString()) + "'") + "; it is not kept");
            return OptionalDouble.empty();
        }

        private @Nullable Indicator indicator(Figure figure, JsonNode node, String at, ActorId owner,
                JsonNode element) {
            // each observation is sourced as its indicator is, so it states no provenance of its own
            Provenance provenance = figure.estimate() ? estimated : reported;
            ObservationStatus status = figure.estimate() ? ObservationStatus.ESTIMATE : ObservationStatus.FINAL;
            Indicator.Builder builder = Indicator.builder(indicatorId(owner, figure.id()), figure.name(), figure.unit(),
                    figure.direction()).owner(owner).provenance(provenance);
            switch (figure.shape()) {
                case YEARLY -> {
                    if (!node.isObject()) {
                        report.pointer(file, at, "bad-number", figure.key() + " must be an object of year to number;"
                                + " it is not kept");
                        return null;
                    }
                    Set<Integer> years = new HashSet<>();
                    for (Map.Entry<String, JsonNode> entry : node.properties()) {
                        String year = entry.getKey();
                        Integer y = year(year);
                        if (y == null) {
                            badYear(year, at, null);
                        }
                        OptionalDouble value = number(entry.getValue(), at, year);
                        if (y != null && value.isPresent() && !years.add(y)) {
                            // such as "02021" after "2021": one observation per year
                            report.pointer(file, at + "/" + pointer(year), "duplicate-key", "key '"
                                    + Texts.oneLine(year) + "' names year " + y + " again; the first value is kept,"
                                    + " this one is not");
                        } else if (y != null && value.isPresent()) {
                            builder.observation(new Observation(year(y), value.getAsDouble(), status, null, null));
                        }
                    }
                }
                case SINGLE -> {
                    OptionalDouble value = number(node, at, null);
                    if (value.isEmpty()) {
                        return null;
                    }
                    String note = figure.key().equals("procurementScore")
                            ? text(element.path("procurementLink")) : null;
                    builder.observation(new Observation(null, value.getAsDouble(), status, null, note));
                }
                case DATE -> {
                    String text = node.asString("");
                    LocalDate date;
                    try {
                        date = LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        report.pointer(file, at, "no-date", figure.key() + " is '" + Texts.oneLine(text) + "', not a"
                                + " date" + (text.equals("Aldrig") ? " (never)"
                                : text.equals("Håller budget") ? " (stays within the budget)" : "")
                                + "; no observation is kept");
                        return null;
                    }
                    double year = date.getYear() + (date.getDayOfYear() - 1) / 365.0;
                    // undated: the date may lie beyond the years the model's periods cover (Eda's is in 2769)
                    builder.observation(new Observation(null, year, status, null, date.toString()));
                }
                default -> throw new IllegalStateException(figure.shape().name());
            }
            return builder.build();
        }

        private @Nullable Indicator climatePlan(JsonNode element, ActorId owner, String pointer) {
            if (!element.has("climatePlanLink") && !element.has("climatePlanYear")) {
                return null;
            }
            JsonNode year = element.path("climatePlanYear");
            String link = text(element.path("climatePlanLink"));
            String comment = text(element.path("climatePlanComment"));
            String note = String.join("; ", java.util.stream.Stream.of(link, comment).filter(Objects::nonNull)
                    .toList());
            Observation observation;
            if (year.isNumber() && (!year.canConvertToExactIntegral() || doubleOf(year) < 1900
                    || doubleOf(year) > 2200)) {
                report.pointer(file, pointer + "/climatePlanYear", "bad-number", "climatePlanYear must be"
                        + " a whole year from 1900 to 2200, was " + Texts.oneLine(year.toString()) + "; the plan is"
                        + " kept without its year");
                observation = new Observation(null, 1, ObservationStatus.FINAL, null, note.isEmpty() ? null : note);
            } else if (year.isNumber()) {
                observation = new Observation(year(year.asInt()), 1, ObservationStatus.FINAL, null,
                        note.isEmpty() ? null : note);
            } else {
                observation = new Observation(null, 0, ObservationStatus.FINAL, null, note.isEmpty() ? null : note);
            }
            return Indicator.builder(indicatorId(owner, "climate-plan"), "Climate plan adopted",
                    "1 with a plan, 0 without", Direction.HIGHER_IS_BETTER).owner(owner).provenance(reported)
                    .observation(observation).build();
        }

        private static @Nullable String text(JsonNode node) {
            String text = node.isString() ? node.asString().strip() : node.isMissingNode() || node.isNull() ? ""
                    : node.toString();
            return text.isEmpty() ? null : text;
        }
    }
}
