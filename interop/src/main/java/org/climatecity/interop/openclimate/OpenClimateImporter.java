package org.climatecity.interop.openclimate;

import java.math.BigDecimal;
import java.nio.file.Files;
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
import java.util.regex.Pattern;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Location;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.PlaceName;
import org.climatecity.core.actor.Population;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.OtherSector;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.GasCoverage;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Slugs;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.PathwayShape;
import org.climatecity.core.targets.ReportedProgress;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.interop.ImportException;
import org.climatecity.interop.ImportLimits;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.TonnesBalance;
import org.climatecity.interop.internal.DocumentCheck;
import org.climatecity.interop.internal.CsvTable;
import org.climatecity.interop.internal.Keys;
import org.climatecity.interop.internal.Numbers;
import org.climatecity.interop.internal.Reporter;
import org.climatecity.interop.internal.Slug;
import org.jspecify.annotations.Nullable;

/**
 * Reads OpenClimate data sets, each a folder of CSV tables, into one document (the tables and their mapping are in
 * {@link OpenClimateTables}). A folder holds only the tables its data set fills, with their columns in any order;
 * fields may be quoted; files are UTF-8 with or without a byte-order mark.
 *
 * <p>Targets are held by one initiative per data set ({@code openclimate-<datasource_id>}), named after the data
 * source, led by the data set's first city with a target and scoped to that city's country from the data source's
 * publication date (or 1 January of the earliest baseline year): the model keeps targets in initiatives, and the
 * report says so ({@code assumed-initiative}).
 *
 * <p>Report codes, each with file and line: {@code duplicate-id} (a repeated id; the later row is not kept),
 * {@code repeated-target-id} (a target id repeated for a target with other values, as real data sets do; both are kept,
 * the later with a numbered id, and the export writes the same target id back for both), {@code duplicate-row} (an
 * emissions row of the same actor, year, data source, methodology and total as an earlier one under another id: the
 * same fact; rows of other totals are all kept, as entries of sector {@code openclimate:total} of one inventory, each
 * with its {@code emissions_id} as its publisher id), {@code duplicate-population} (a second population
 * of one actor and year; the first is kept), {@code bad-year} (an emissions year outside 1900 to 2200),
 * {@code bad-number}, {@code bad-date},
 * {@code missing-value}, {@code unknown-actor} (the row names an actor that cannot be a place; not kept),
 * {@code inferred-actor} (an actor without an {@code Actor} row, inferred from its id), {@code unsupported-actor}
 * (planet, organisation, site), {@code unknown-country}, {@code unknown-data-source} (a fact naming a data source the
 * folder does not describe), {@code unknown-publisher}, {@code unknown-parent} ({@code is_part_of} naming no place
 * kept), {@code bad-identifier}, {@code renamed-namespace}, {@code unsupported-target} (a target type the model has no
 * kind for), {@code assumed-target-kind}, {@code dropped-value} (a value the model has no place for),
 * {@code unused-row} (a data source or publisher no fact uses); for a whole file {@code dropped-column},
 * {@code dropped-table}, {@code assumed-date} (population at the end of its year), {@code assumed-inventory-basis} and
 * {@code assumed-initiative}. A row left out names the tonnes it held. A record that breaks a document rule (a
 * target whose baseline year is not before its target year) is left out and reported at its line with the rule's code
 * ({@code ordered-target-years}), so that the document is always valid; the tonnes of {@code EmissionsAgg.csv} read and
 * kept are in {@link ImportResult#balances()}.
 *
 * <p>The class is thread-safe.
 *
 * @since 0.1.0
 */
public final class OpenClimateImporter {

    /** The system named in the provenance notes that keep OpenClimate's ids. */
    public static final String SYSTEM = "openclimate";
    /** The sector of an entry that is one of several totals of one actor, year and data source. */
    static final EmissionsSector TOTAL = new OtherSector(SYSTEM, "total");

    private static final Pattern LOCODE = Pattern.compile("[A-Z]{2} [A-Z2-9]{3}");
    private static final Pattern ISO_3166_2 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    static final Map<String, String> NAMESPACES = Map.of("CDP", "cdp", "Wikidata", "wikidata", "ISO-3166-1",
            Identifier.ISO_3166_1, "ISO-3166-2", Identifier.ISO_3166_2, "UNLOCODE", Identifier.LOCODE, "LOCODE",
            Identifier.LOCODE);

    /**
     * The default limits: files up to 64 MiB, fields up to 1,000,000 characters and up to 100,000 data rows in one
     * table (each table of a folder is read within them). Raise them with {@link ImportLimits}'s {@code withXxx} methods for larger files.
     *
     * @since 0.1.0
     */
    public static final ImportLimits DEFAULT_LIMITS = CsvTable.DEFAULT_LIMITS;

    private OpenClimateImporter() {
    }

    /**
     * Imports data sets, each a folder of OpenClimate tables, into one document.
     *
     * @param folders the folders, not null, at least one
     * @return the document and the report
     * @throws ImportException if a folder is missing, is a file, holds no OpenClimate table, or a table cannot be read,
     *     lacks a required column or passes a limit of {@link #DEFAULT_LIMITS}
     */
    public static ImportResult read(List<Path> folders) {
        return read(folders, DEFAULT_LIMITS);
    }

    /**
     * Imports data sets, each a folder of OpenClimate tables, into one document, within limits.
     *
     * @param folders the folders, not null, at least one
     * @param limits the limits each table is read within, not null
     * @return the document and the report
     * @throws ImportException if a folder is missing, is a file, holds no OpenClimate table, or a table cannot be read,
     *     lacks a required column or passes a limit, which the message names
     * @since 0.1.0
     */
    public static ImportResult read(List<Path> folders, ImportLimits limits) {
        Objects.requireNonNull(folders, "folders");
        Objects.requireNonNull(limits, "limits");
        if (folders.isEmpty()) {
            throw new ImportException("no OpenClimate folder given");
        }
        List<ImportResult> results = new ArrayList<>();
        for (Path folder : folders) {
            results.add(read(folder, limits));
        }
        return ImportResult.merge(results);
    }

    /**
     * Imports one data set, a folder of OpenClimate tables.
     *
     * @param folder the folder, not null
     * @return the document and the report
     * @throws ImportException if the folder is missing, is a file, holds no OpenClimate table, or a table cannot be
     *     read, lacks a required column or passes a limit of {@link #DEFAULT_LIMITS}
     */
    public static ImportResult read(Path folder) {
        return read(folder, DEFAULT_LIMITS);
    }

    /**
     * Imports one data set, a folder of OpenClimate tables, within limits.
     *
     * @param folder the folder, not null
     * @param limits the limits each table is read within, not null
     * @return the document and the report
     * @throws ImportException if the folder is missing, is a file, holds no OpenClimate table, or a table cannot be
     *     read, lacks a required column or passes a limit, which the message names
     * @since 0.1.0
     */
    public static ImportResult read(Path folder, ImportLimits limits) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(limits, "limits");
        String name = String.valueOf(folder.getFileName());
        if (!Files.exists(folder)) {
            throw new ImportException("cannot read " + folder + ": it does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new ImportException("cannot read " + folder + ": it is a file; an OpenClimate data set is a folder"
                    + " of CSV tables such as EmissionsAgg.csv");
        }
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        Reporter report = new Reporter();
        for (String table : OpenClimateTables.COLUMNS.keySet()) {
            Path file = folder.resolve(table + ".csv");
            if (Files.exists(file)) {
                CsvTable read = CsvTable.read(file, name + "/" + table + ".csv", limits);
                read.require(OpenClimateTables.REQUIRED.get(table), "OpenClimate's " + table + " table");
                tables.put(table, read);
            }
        }
        for (String table : OpenClimateTables.TAG_TABLES) {
            if (Files.exists(folder.resolve(table + ".csv"))) {
                report.file(name + "/" + table + ".csv", "dropped-table", "tags on data sources are not kept");
            }
        }
        if (tables.isEmpty()) {
            throw new ImportException("cannot read " + folder + ": it holds none of OpenClimate's tables ("
                    + String.join(", ", OpenClimateTables.COLUMNS.keySet().stream().map(t -> t + ".csv").toList())
                    + ")");
        }
        return new DataSetImport(name, tables, report).run();
    }

    /** An actor as the tables describe it, before it becomes a place. */
    private static final class Draft {
        final String actorId;
        final String file;
        final int line;
        String type;
        String name;
        @Nullable String parent;
        final List<Identifier> identifiers = new ArrayList<>();
        final List<PlaceName> names = new ArrayList<>();
        final List<Population> population = new ArrayList<>();
        @Nullable Location location;
        @Nullable Double area;

        Draft(String actorId, String type, String name, String file, int line) {
            this.actorId = actorId;
            this.type = type;
            this.name = name;
            this.file = file;
            this.line = line;
        }
    }

    /** The import of one folder. */
    private static final class DataSetImport {
        private final Map<String, CsvTable> tables;
        private final Reporter report;
        private final Map<String, String[]> publishers = new HashMap<>();
        private final Map<String, DataSource> sources = new HashMap<>();
        private final Map<String, String> sourcePublisher = new HashMap<>();
        private final Set<String> usedSources = new HashSet<>();
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private final Map<String, java.util.Optional<Actor>> built = new HashMap<>();
        private final Map<Object, DocumentCheck.Origin> origins = new IdentityHashMap<>();
        private final String dataSet;
        private BigDecimal emissionsRead = BigDecimal.ZERO;
        /** The tonnes of the emissions row being read, named in the entry of a row left out. */
        private @Nullable BigDecimal rowTonnes;
        private String file = "";
        private int line;

        DataSetImport(String dataSet, Map<String, CsvTable> tables, Reporter report) {
            this.dataSet = dataSet;
            this.tables = tables;
            this.report = report;
        }

        ImportResult run() {
            for (CsvTable table : tables.values()) {
                String tableName = table.file().substring(table.file().lastIndexOf('/') + 1).replace(".csv", "");
                for (String column : table.header()) {
                    if (!OpenClimateTables.COLUMNS.get(tableName).contains(column)) {
                        report.file(table.file(), "dropped-column", "column '" + Texts.oneLine(column) + "' is not"
                                + " one of OpenClimate's " + tableName + " table; its values are not kept");
                    }
                }
            }
            publishers();
            dataSources();
            actors();
            List<EmissionsInventory> inventories = emissions();
            List<Initiative> initiatives = targets();
            unused();
            List<Actor> actors = places();
            ProgrammeDocument document = DocumentCheck.valid(new ProgrammeDocument(actors, List.of(), initiatives,
                    inventories), origins::get, dataSet, report);
            List<TonnesBalance> balances = new ArrayList<>();
            if (tables.containsKey("EmissionsAgg")) {
                BigDecimal kept = BigDecimal.ZERO;
                for (EmissionsInventory inventory : document.inventories()) {
                    if (inventory.entries().isEmpty()) {
                        kept = kept.add(BigDecimal.valueOf(inventory.reportedTotal()));
                    }
                    for (InventoryEntry entry : inventory.entries()) {
                        kept = kept.add(BigDecimal.valueOf(entry.tonnesOrZero()));
                    }
                }
                balances.add(new TonnesBalance(tables.get("EmissionsAgg").file(), emissionsRead, kept));
            }
            return new ImportResult(document, report.report(), balances);
        }

        private List<CsvTable.Row> rows(String table) {
            CsvTable csv = tables.get(table);
            if (csv == null) {
                return List.of();
            }
            file = csv.file();
            return csv.rows();
        }

        private void publishers() {
            for (CsvTable.Row row : rows("Publisher")) {
                line = row.line();
                String id = row.get("id");
                if (id.isEmpty() || row.get("name").isEmpty()) {
                    problem("missing-value", "publisher must have an id and a name; the row is not kept");
                } else if (publishers.containsKey(id)) {
                    problem("duplicate-id", "publisher id '" + Texts.oneLine(id) + "' repeats; the row is not kept");
                } else {
                    publishers.put(id, new String[] {row.get("name"), row.get("URL"), file, String.valueOf(line)});
                }
            }
        }

        private void dataSources() {
            for (CsvTable.Row row : rows("DataSource")) {
                line = row.line();
                String id = row.get("datasource_id");
                String publisherId = row.get("publisher");
                if (id.isEmpty() || row.get("name").isEmpty()) {
                    problem("missing-value", "data source must have an id and a name; the row is not kept");
                    continue;
                }
                if (sources.containsKey(id)) {
                    problem("duplicate-id", "data source id '" + Texts.oneLine(id) + "' repeats; the row is not kept");
                    continue;
                }
                String[] publisher = publishers.get(publisherId);
                String publisherName = publisher != null ? publisher[0] : publisherId.isEmpty() ? id : publisherId;
                if (publisher == null) {
                    problem("unknown-publisher", "data source '" + Texts.oneLine(id) + "' names publisher '"
                            + Texts.oneLine(publisherId) + "', which the Publisher table does not describe; the"
                            + " publisher is named '" + Texts.oneLine(publisherName) + "'");
                }
                LocalDate published = date(row.get("published"), "published date of data source '" + id + "'");
                String url = url(row.get("URL"), "URL of data source '" + id + "'");
                String citation = row.get("citation");
                try {
                    sources.put(id, new DataSource(publisherName, row.get("name"), published, null, url,
                            citation.isEmpty() ? null : citation, null));
                    sourcePublisher.put(id, publisherId);
                } catch (ClimateCityException e) {
                    problem("missing-value", "data source '" + Texts.oneLine(id) + "' cannot be kept: "
                            + e.getMessage());
                }
            }
        }

        private @Nullable LocalDate date(String text, String what) {
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                problem("bad-date", what + " must be a date such as 2020-12-01, was '" + Texts.oneLine(text)
                        + "'; it is not kept");
                return null;
            }
        }

        private @Nullable String url(String text, String what) {
            if (text.isEmpty()) {
                return null;
            }
            if (!httpUrl(text)) {
                problem("dropped-value", what + " must be an http or https URL, was '" + Texts.oneLine(text)
                        + "'; it is not kept");
                return null;
            }
            return text;
        }

        /** Returns the provenance of a fact from a data source, with the ids kept in its note. */
        private Provenance provenance(Provenance.Kind kind, String datasourceId, Map<String, @Nullable String> ids,
                @Nullable String methodology) {
            DataSource source = sources.get(datasourceId);
            if (source == null) {
                problem("unknown-data-source", "data source '" + Texts.oneLine(datasourceId) + "' is not described by"
                        + " a DataSource table; the fact is kept with a source named by its id");
                source = new DataSource("OpenClimate", datasourceId.isEmpty() ? "unknown" : datasourceId, null, null,
                        null, null, null);
                sources.put(datasourceId, source);
            }
            usedSources.add(datasourceId);
            if (methodology != null) {
                source = new DataSource(source.publisher(), source.name(), source.published(), source.vintage(),
                        source.url(), source.citation(), methodology);
            }
            Map<String, @Nullable String> keys = new LinkedHashMap<>(ids);
            keys.put("datasource_id", datasourceId);
            String publisherId = sourcePublisher.get(datasourceId);
            if (publisherId != null && !publisherId.isEmpty()) {
                keys.put("publisher_id", publisherId);
                String[] publisher = publishers.get(publisherId);
                if (publisher != null && !publisher[1].isEmpty()) {
                    keys.put("publisher_url", publisher[1]);
                }
            }
            return new Provenance(kind, source, Keys.format(SYSTEM, keys));
        }

        private void actors() {
            for (CsvTable.Row row : rows("Actor")) {
                line = row.line();
                String id = row.get("actor_id");
                if (id.isEmpty() || row.get("name").isEmpty()) {
                    problem("missing-value", "actor must have an id and a name; the row is not kept");
                    continue;
                }
                if (drafts.containsKey(id)) {
                    problem("duplicate-id", "actor id '" + Texts.oneLine(id) + "' repeats; the row is not kept");
                    continue;
                }
                Draft draft = new Draft(id, row.get("type"), row.get("name"), file, line);
                draft.parent = row.get("is_part_of").isEmpty() ? null : row.get("is_part_of");
                for (String column : List.of("icon", "hq", "is_owned_by")) {
                    if (!row.get(column).isEmpty()) {
                        problem("dropped-value", column + " of actor '" + Texts.oneLine(id) + "' ('"
                                + Texts.oneLine(row.get(column)) + "') has no place in the model; it is not kept");
                    }
                }
                drafts.put(id, draft);
            }
            if (rows("Actor").stream().anyMatch(row -> !row.get("datasource_id").isEmpty())) {
                report.file(file, "dropped-column", "column 'datasource_id' of actors is not kept: the model keeps"
                        + " no source for a place");
            }
            for (CsvTable.Row row : rows("ActorName")) {
                line = row.line();
                Draft draft = draft(row.get("actor_id"));
                if (draft != null && !row.get("name").isEmpty()) {
                    String language = row.get("language");
                    PlaceName name = new PlaceName(row.get("name"), language.isEmpty() ? null : language);
                    if (!draft.names.contains(name)) {
                        draft.names.add(name);
                    }
                }
            }
            droppedSourceColumn("ActorName", "names");
            for (CsvTable.Row row : rows("ActorIdentifier")) {
                line = row.line();
                Draft draft = draft(row.get("actor_id"));
                if (draft == null) {
                    continue;
                }
                String namespace = row.get("namespace");
                String mapped = NAMESPACES.getOrDefault(namespace, Slug.of(namespace));
                if (!NAMESPACES.containsKey(namespace) && !mapped.equals(namespace)) {
                    problem("renamed-namespace", "identifier namespace '" + Texts.oneLine(namespace) + "' is kept as '"
                            + mapped + "'");
                }
                try {
                    Identifier identifier = Identifier.of(mapped, row.get("identifier"));
                    if (!draft.identifiers.contains(identifier)) {
                        draft.identifiers.add(identifier);
                    }
                } catch (ClimateCityException e) {
                    problem("bad-identifier", "identifier of '" + Texts.oneLine(draft.actorId) + "' is not kept: "
                            + e.getMessage());
                }
            }
            droppedSourceColumn("ActorIdentifier", "identifiers");
            boolean populationRows = false;
            Map<List<Object>, Integer> populationLines = new HashMap<>();
            for (CsvTable.Row row : rows("Population")) {
                line = row.line();
                populationRows = true;
                Draft draft = draft(row.get("actor_id"));
                Long residents = whole(row.get("population"), "population");
                Long year = whole(row.get("year"), "population year");
                if (draft == null || residents == null || year == null) {
                    continue;
                }
                Integer first = populationLines.putIfAbsent(List.of(draft.actorId, year), line);
                if (first != null) {
                    problem("duplicate-population", "population of '" + Texts.oneLine(draft.actorId) + "' in " + year
                            + " is given again after line " + first + "; this one (" + residents + ") is not kept");
                    continue;
                }
                try {
                    draft.population.add(new Population(residents, LocalDate.of(year.intValue(), 12, 31),
                            provenance(Provenance.Kind.OFFICIAL_STATISTICS, row.get("datasource_id"), Map.of(),
                                    null)));
                } catch (ClimateCityException | java.time.DateTimeException e) {
                    problem("bad-number", "population of '" + draft.actorId + "' is not kept: " + e.getMessage());
                }
            }
            if (populationRows) {
                report.file(file, "assumed-date", "OpenClimate gives population for a year; it is kept as of 31"
                        + " December of that year");
            }
            for (CsvTable.Row row : rows("Territory")) {
                line = row.line();
                Draft draft = draft(row.get("actor_id"));
                if (draft == null) {
                    continue;
                }
                String area = row.get("area");
                if (!area.isEmpty()) {
                    OptionalDouble value = Numbers.parse(area);
                    if (value.isEmpty() || value.getAsDouble() <= 0) {
                        problem("bad-number", "area of '" + draft.actorId + "' must be a positive number, was '"
                                + Texts.oneLine(area) + "'; it is not kept");
                    } else {
                        draft.area = value.getAsDouble();
                    }
                }
                if (!row.get("lat").isEmpty() || !row.get("lng").isEmpty()) {
                    OptionalDouble lat = Numbers.parse(row.get("lat"));
                    OptionalDouble lng = Numbers.parse(row.get("lng"));
                    try {
                        draft.location = new Location(lat.orElseThrow() / 10_000, lng.orElseThrow() / 10_000);
                    } catch (RuntimeException e) {
                        problem("bad-number", "location of '" + draft.actorId + "' must be latitude and longitude in"
                                + " degrees × 10,000, was '" + Texts.oneLine(row.get("lat")) + "', '"
                                + Texts.oneLine(row.get("lng")) + "'; it is not kept");
                    }
                }
                if (!row.get("admin_bound").isEmpty()) {
                    problem("dropped-value", "administrative boundary of '" + draft.actorId + "' has no place in the"
                            + " model; it is not kept");
                }
            }
            droppedSourceColumn("Territory", "areas and locations");
        }

        private void droppedSourceColumn(String table, String what) {
            if (rows(table).stream().anyMatch(row -> !row.get("datasource_id").isEmpty())) {
                report.file(file, "dropped-column", "column 'datasource_id' is not kept: the model keeps no source"
                        + " for a place's " + what);
            }
        }

        private @Nullable Long whole(String text, String what) {
            Long value = Numbers.parseWhole(text);
            if (value == null) {
                problem(text.isEmpty() ? "missing-value" : "bad-number", what + " must be a whole number, was '"
                        + Texts.oneLine(text) + "'; the row is not kept");
            }
            return value;
        }

        /** Returns the draft of an actor, inferring one from its id when no Actor row describes it. */
        private @Nullable Draft draft(String actorId) {
            Draft draft = drafts.get(actorId);
            if (draft != null) {
                return draft;
            }
            String type = LOCODE.matcher(actorId).matches() ? "city" : ISO_3166_2.matcher(actorId).matches() ? "adm1"
                    : COUNTRY.matcher(actorId).matches() ? "country" : null;
            if (type == null) {
                problem("unknown-actor", "actor '" + Texts.oneLine(actorId) + "' has no Actor row and its id is"
                        + " neither a UN/LOCODE nor an ISO 3166 code; the row is not kept");
                return null;
            }
            problem("inferred-actor", "actor '" + actorId + "' has no Actor row; it is taken as a " + type
                    + " named by its id");
            draft = new Draft(actorId, type, actorId, file, line);
            drafts.put(actorId, draft);
            return draft;
        }

        /** Returns the id of a kept place for an OpenClimate actor id, or null after reporting why not. */
        private @Nullable ActorId owner(String actorId) {
            Draft draft = draft(actorId);
            if (draft == null) {
                return null;
            }
            Actor place = built(draft);
            if (place == null) {
                problem("unknown-actor", "the row names actor '" + Texts.oneLine(actorId) + "', which is not kept; the"
                        + " row is not kept");
                return null;
            }
            return place.id();
        }

        /** Returns the place of a draft, made once; null (reported at the actor's row) when it cannot be one. */
        private @Nullable Actor built(Draft draft) {
            java.util.Optional<Actor> done = built.get(draft.actorId);
            if (done == null) {
                String currentFile = file;
                int currentLine = line;
                file = draft.file;
                line = draft.line;
                done = java.util.Optional.ofNullable(place(draft));
                file = currentFile;
                line = currentLine;
                built.put(draft.actorId, done);
            }
            return done.orElse(null);
        }

        /** An emissions row kept: its line, id, total, and the total as the decimal the balance counts. */
        private record EmissionsRow(int line, String id, double total, BigDecimal tonnes) {
        }

        private List<EmissionsInventory> emissions() {
            List<EmissionsInventory> inventories = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            // rows of one actor, year, data source and methodology, in file order
            Map<List<Object>, List<EmissionsRow>> groups = new LinkedHashMap<>();
            List<CsvTable.Row> rows = rows("EmissionsAgg");
            for (CsvTable.Row row : rows) {
                line = row.line();
                String id = row.get("emissions_id");
                String totalText = row.get("total_emissions");
                rowTonnes = null;
                OptionalDouble total = Numbers.parse(totalText);
                if (total.isPresent()) {
                    // as the double an inventory holds, so that the balance compares what was read with what is kept
                    rowTonnes = BigDecimal.valueOf(total.getAsDouble());
                    emissionsRead = emissionsRead.add(rowTonnes);
                }
                Integer first = ids.putIfAbsent(id, line);
                if (first != null) {
                    problem("duplicate-id", "emissions id '" + Texts.oneLine(id) + "' repeats line " + first + "; the"
                            + " row is not kept");
                    continue;
                }
                Long year = whole(row.get("year"), "year");
                if (total.isEmpty()) {
                    problem(totalText.isEmpty() ? "missing-value" : "bad-number", "total emissions must be a number,"
                            + " was '" + Texts.oneLine(totalText) + "'; the row is not kept");
                    continue;
                }
                if (year == null || year < 1900 || year > 2200) {
                    if (year != null) {
                        problem("bad-year", "year of the emissions of '" + Texts.oneLine(row.get("actor_id"))
                                + "' must be from 1900 to 2200, was " + year + "; the row is not kept");
                    }
                    continue;
                }
                ActorId owner = owner(row.get("actor_id"));
                if (owner == null) {
                    continue;
                }
                String datasource = row.get("datasource_id");
                String methodology = row.get("methodology_id");
                List<EmissionsRow> group = groups.computeIfAbsent(List.of(owner, year, datasource, methodology),
                        key -> new ArrayList<>());
                EmissionsRow twin = group.stream().filter(kept -> rowTonnes.compareTo(kept.tonnes()) == 0)
                        .findFirst().orElse(null);
                if (twin != null) {
                    problem("duplicate-row", "emissions of '" + row.get("actor_id") + "' in " + year + " from '"
                            + Texts.oneLine(datasource) + "' repeat line " + twin.line() + " with another id and the"
                            + " same total; the row is not kept");
                    continue;
                }
                group.add(new EmissionsRow(line, id, total.getAsDouble(), rowTonnes));
            }
            rowTonnes = null;
            for (Map.Entry<List<Object>, List<EmissionsRow>> group : groups.entrySet()) {
                inventories.add(inventory(group.getKey(), group.getValue()));
            }
            if (!rows.isEmpty()) {
                report.file(file, "assumed-inventory-basis", "OpenClimate's aggregate emissions state neither"
                        + " boundary nor GWP set: each is kept as a total of boundary 'other' (as its source defines"
                        + " it), of all greenhouse gases in CO2e, GWP set not stated");
            }
            return inventories;
        }

        /**
         * Returns the inventory of the rows of one actor, year, data source and methodology: of one row, an inventory
         * of its total with its id in the provenance; of several with other totals, which the data set gives as
         * different facts with ids of their own, an inventory of one entry per row, each with its id.
         */
        private EmissionsInventory inventory(List<Object> key, List<EmissionsRow> rows) {
            ActorId owner = (ActorId) key.get(0);
            int year = ((Long) key.get(1)).intValue();
            String datasource = (String) key.get(2);
            String methodology = (String) key.get(3);
            line = rows.get(0).line();
            Map<String, @Nullable String> note = new LinkedHashMap<>();
            if (rows.size() == 1) {
                note.put("emissions_id", rows.get(0).id());
            }
            Provenance provenance = provenance(Provenance.Kind.REPORTED, datasource, note,
                    methodology.isEmpty() ? null : methodology);
            GasBasis basis = new GasBasis(GasCoverage.ALL_GHG, null);
            if (rows.size() == 1) {
                EmissionsInventory inventory = new EmissionsInventory(owner, year, Boundary.OTHER, basis, provenance,
                        rows.get(0).total(), List.of());
                origins.put(inventory, new DocumentCheck.Origin(file, rows.get(0).line()));
                return inventory;
            }
            List<InventoryEntry> entries = new ArrayList<>();
            for (EmissionsRow row : rows) {
                InventoryEntry entry = new InventoryEntry(TOTAL, null, row.total(), null, List.of(), null, List.of(),
                        null, row.id());
                entries.add(entry);
                origins.put(entry, new DocumentCheck.Origin(file, row.line()));
            }
            EmissionsInventory inventory = new EmissionsInventory(owner, year, Boundary.OTHER, basis, provenance, null,
                    entries);
            origins.put(inventory, new DocumentCheck.Origin(file, rows.get(0).line()));
            return inventory;
        }

        private List<Initiative> targets() {
            Map<String, List<ClimateTarget>> bySource = new LinkedHashMap<>();
            Set<LocalId> ids = new HashSet<>();
            Map<Map<String, String>, Integer> seenRows = new HashMap<>();
            for (CsvTable.Row row : rows("Target")) {
                line = row.line();
                String targetId = row.get("target_id");
                if (targetId.isEmpty()) {
                    problem("missing-value", "target has no target_id; the row is not kept");
                    continue;
                }
                Integer same = seenRows.putIfAbsent(row.values(), line);
                if (same != null) {
                    problem("duplicate-row", "target '" + Texts.oneLine(targetId) + "' repeats line " + same
                            + " value for value; the row is not kept");
                    continue;
                }
                LocalId id = LocalId.of(Slug.of(targetId));
                if (!ids.add(id)) {
                    LocalId first = id;
                    for (int n = 2; !ids.add(id); n++) {
                        String suffix = "-" + n;
                        // within the id's 64 characters however long the target id
                        id = LocalId.of(Slugs.of(targetId, Slugs.MAX_LENGTH - suffix.length()) + suffix);
                    }
                    problem("repeated-target-id", "target id '" + Texts.oneLine(targetId) + "' repeats for a target with"
                            + " other values; both are kept, this one as '" + id + "' beside '" + first + "'");
                }
                ClimateTarget target = target(row, id);
                if (target != null) {
                    origins.put(target, new DocumentCheck.Origin(file, line));
                    bySource.computeIfAbsent(row.get("datasource_id"), k -> new ArrayList<>()).add(target);
                }
            }
            // the kept places by id, the first of the made ones where two share an id
            Map<ActorId, Actor> places = new HashMap<>();
            for (java.util.Optional<Actor> place : built.values()) {
                place.ifPresent(actor -> places.putIfAbsent(actor.id(), actor));
            }
            List<Initiative> initiatives = new ArrayList<>();
            for (Map.Entry<String, List<ClimateTarget>> entry : bySource.entrySet()) {
                Initiative initiative = initiative(entry.getKey(), entry.getValue(), places);
                if (initiative != null) {
                    initiatives.add(initiative);
                }
            }
            return initiatives;
        }

        private @Nullable ClimateTarget target(CsvTable.Row row, LocalId id) {
            String type = row.get("target_type");
            String unit = row.get("target_unit").toLowerCase(Locale.ROOT);
            Long targetYear = whole(row.get("target_year"), "target year");
            String valueText = row.get("target_value");
            OptionalDouble value = Numbers.parse(valueText);
            if (targetYear == null) {
                return null;
            }
            if (!valueText.isEmpty() && value.isEmpty()) {
                problem("bad-number", "target value must be a number, was '" + Texts.oneLine(valueText) + "'; the row"
                        + " is not kept");
                return null;
            }
            TargetKind kind = kind(type.toLowerCase(Locale.ROOT), unit, value, row.get("is_net_zero"));
            if (kind == null) {
                problem("unsupported-target", "target type '" + Texts.oneLine(type) + "' with value '"
                        + Texts.oneLine(valueText) + "' in '" + Texts.oneLine(unit) + "' has no kind in the model; the"
                        + " row is not kept");
                return null;
            }
            Baseline baseline = null;
            if (!row.get("baseline_year").isEmpty()) {
                Long year = whole(row.get("baseline_year"), "baseline year");
                if (year == null) {
                    return null;
                }
                OptionalDouble baselineValue = Numbers.parse(row.get("baseline_value"));
                if (!row.get("baseline_value").isEmpty() && baselineValue.isEmpty()) {
                    problem("bad-number", "baseline value must be a number, was '"
                            + Texts.oneLine(row.get("baseline_value")) + "'; it is not kept");
                }
                try {
                    baseline = new Baseline(year.intValue(), baselineValue.isPresent() ? baselineValue.getAsDouble()
                            : null);
                } catch (ClimateCityException e) {
                    // such as a year outside 1900 to 2200
                    problem("unsupported-target", "target '" + Texts.oneLine(row.get("target_id")) + "' cannot be"
                            + " kept: " + e.getMessage());
                    return null;
                }
            }
            for (String column : List.of("bau_value", "initiative_id")) {
                if (!row.get(column).isEmpty()) {
                    problem("dropped-value", column + " '" + Texts.oneLine(row.get(column)) + "' of target '"
                            + Texts.oneLine(row.get("target_id")) + "' has no place in the model; it is not kept");
                }
            }
            ActorId owner = owner(row.get("actor_id"));
            if (owner == null) {
                return null;
            }
            Map<String, @Nullable String> note = new LinkedHashMap<>();
            note.put("target_id", row.get("target_id"));
            note.put("target_type", type);
            note.put("target_unit", row.get("target_unit"));
            note.put("is_net_zero", row.get("is_net_zero").isEmpty() ? null : row.get("is_net_zero"));
            boolean valueless = kind instanceof TargetKind.NetZero || kind instanceof TargetKind.ClimateNeutral;
            note.put("target_value", valueless && !valueText.isEmpty() ? valueText : null);
            Provenance provenance = provenance(Provenance.Kind.REPORTED, row.get("datasource_id"), note, null);
            List<ReportedProgress> progress = new ArrayList<>();
            String achieved = row.get("percent_achieved");
            if (!achieved.isEmpty()) {
                OptionalDouble share = Numbers.parse(achieved);
                LocalDate asOf = provenance.source().published();
                if (share.isEmpty() || asOf == null) {
                    problem("dropped-value", "percent achieved '" + Texts.oneLine(achieved) + "' is not kept: "
                            + (share.isEmpty() ? "it is not a number" : "its data source gives no date"));
                } else {
                    try {
                        progress.add(new ReportedProgress(Share.ofPercent(share.getAsDouble()), asOf, provenance));
                    } catch (ClimateCityException e) {
                        problem("dropped-value", "percent achieved '" + Texts.oneLine(achieved) + "' is not kept: "
                                + e.getMessage());
                    }
                }
            }
            String url = url(row.get("URL"), "URL of target '" + row.get("target_id") + "'");
            String summary = row.get("summary");
            String name = type + (valueText.isEmpty() ? "" : " " + valueText + " " + row.get("target_unit")) + " by "
                    + targetYear;
            try {
                return new ClimateTarget(id, name, List.of(owner), kind, Boundary.OTHER, List.of(),
                        new GasBasis(GasCoverage.ALL_GHG, null), baseline, targetYear.intValue(), List.of(),
                        PathwayShape.LINEAR, null, url, summary.isEmpty() ? null : summary, provenance, progress);
            } catch (ClimateCityException e) {
                problem("unsupported-target", "target '" + Texts.oneLine(row.get("target_id")) + "' cannot be kept: "
                        + e.getMessage());
                return null;
            }
        }

        private @Nullable TargetKind kind(String type, String unit, OptionalDouble value, String netZeroFlag) {
            boolean percent = unit.equals("percent") || unit.equals("%");
            boolean tonnes = unit.equals("tco2e") || unit.equals("t co2e");
            if (type.contains("net zero") || type.contains("net-zero")) {
                return new TargetKind.NetZero(Share.ZERO);
            }
            if (type.contains("neutral")) {
                return new TargetKind.ClimateNeutral(Share.ZERO);
            }
            if (value.isEmpty()) {
                return null;
            }
            double v = value.getAsDouble();
            if (type.equals("absolute emission reduction") && percent && v >= 0 && v <= 100) {
                return new TargetKind.RelativeReduction(Share.ofPercent(v));
            }
            if (type.equals("absolute emission reduction") && tonnes && v >= 0) {
                problem("assumed-target-kind", "an absolute emission reduction in tCO2e is taken as a cut of " + v
                        + " t from the baseline, not as the level to reach");
                return new TargetKind.AbsoluteReduction(v);
            }
            if (type.contains("fixed level") && tonnes && v >= 0) {
                return new TargetKind.FixedLevel(v);
            }
            if ((type.contains("business as usual") || type.contains("baseline scenario")) && percent && v >= 0
                    && v <= 100) {
                return new TargetKind.BusinessAsUsualReduction(Share.ofPercent(v));
            }
            return null;
        }

        private @Nullable Initiative initiative(String datasourceId, List<ClimateTarget> targets,
                Map<ActorId, Actor> places) {
            ActorId lead = null;
            CountryCode country = null;
            for (ClimateTarget target : targets) {
                Actor owner = places.get(target.owners().get(0));
                if (owner instanceof Municipality city) {
                    lead = city.id();
                    country = city.country();
                    break;
                }
            }
            String tableFile = tables.get("Target").file();
            if (lead == null) {
                report.file(tableFile, "dropped-value", "the " + targets.size() + " targets of data source '"
                        + datasourceId + "' are not kept: the model keeps targets in an initiative led by a city, and"
                        + " none of their owners is a city");
                return null;
            }
            DataSource source = sources.get(datasourceId);
            LocalDate from = source != null && source.published() != null ? source.published()
                    : LocalDate.of(targets.stream().mapToInt(t -> t.baseline() == null ? t.targetYear()
                            : t.baseline().year()).min().orElseThrow(), 1, 1);
            String name = "Targets from " + (source != null ? source.name() : datasourceId) + " (OpenClimate)";
            report.file(tableFile, "assumed-initiative", "the targets of data source '" + datasourceId + "' are"
                    + " kept in an initiative '" + name + "', led by '" + lead + "' and scoped to " + country
                    + " from " + from + ": the model keeps targets in initiatives, which OpenClimate does not have");
            Initiative.Builder builder = Initiative.builder(LocalId.of(Slug.of("openclimate " + datasourceId)), name,
                    lead).scope(from, Geography.country(country));
            targets.forEach(builder::target);
            return builder.build();
        }

        private void unused() {
            CsvTable dataSources = tables.get("DataSource");
            if (dataSources != null) {
                for (CsvTable.Row row : dataSources.rows()) {
                    if (sources.containsKey(row.get("datasource_id")) && !usedSources.contains(row.get("datasource_id"))
                            && !row.get("datasource_id").isEmpty()) {
                        report.line(dataSources.file(), row.line(), "unused-row", "data source '"
                                + Texts.oneLine(row.get("datasource_id")) + "' is the source of no fact kept; the"
                                + " model keeps sources with their facts, so it is not kept");
                    }
                }
            }
            CsvTable publisherTable = tables.get("Publisher");
            if (publisherTable != null) {
                Set<String> used = new HashSet<>();
                usedSources.forEach(source -> used.add(sourcePublisher.getOrDefault(source, "")));
                for (CsvTable.Row row : publisherTable.rows()) {
                    if (publishers.containsKey(row.get("id")) && !used.contains(row.get("id"))) {
                        report.line(publisherTable.file(), row.line(), "unused-row", "publisher '"
                                + Texts.oneLine(row.get("id")) + "' publishes no source of a fact kept; it is not"
                                + " kept");
                    }
                }
            }
        }

        private List<Actor> places() {
            List<Actor> actors = new ArrayList<>();
            List<Draft> order = new ArrayList<>();
            Map<String, ActorId> placeIds = new HashMap<>();
            for (Draft draft : drafts.values()) {
                Actor place = built(draft);
                if (place != null) {
                    actors.add(place);
                    order.add(draft);
                    placeIds.put(draft.actorId, place.id());
                }
            }
            // the first place of each id, as the document keeps it
            Map<ActorId, Actor> byId = new HashMap<>();
            for (Actor actor : actors) {
                byId.putIfAbsent(actor.id(), actor);
            }
            List<Actor> withParents = new ArrayList<>();
            for (int i = 0; i < actors.size(); i++) {
                Actor actor = withParent(actors.get(i), order.get(i), placeIds, byId);
                withParents.add(actor);
                origins.put(actor, new DocumentCheck.Origin(order.get(i).file, order.get(i).line));
            }
            return withParents;
        }

        private Actor withParent(Actor actor, Draft draft, Map<String, ActorId> placeIds, Map<ActorId, Actor> byId) {
            if (draft.parent == null) {
                return actor;
            }
            ActorId parent = placeIds.get(draft.parent);
            Actor parentActor = parent == null ? null : byId.get(parent);
            boolean sameCountry = parentActor instanceof Territory t
                    && (t.territoryKind() == TerritoryKind.COUNTRY_GROUP || Objects.equals(t.country(),
                            ((org.climatecity.core.actor.Place) actor).country()));
            if (parent == null || !sameCountry) {
                report.line(draft.file, draft.line, "unknown-parent", "is_part_of of '" + draft.actorId + "' names '"
                        + Texts.oneLine(draft.parent) + "', which is not a place kept in the same country; it is not"
                        + " kept");
                return actor;
            }
            try {
                if (actor instanceof Municipality m) {
                    return new Municipality(m.id(), m.name(), m.country(), m.identifiers(), m.names(), parent,
                            m.population(), m.location(), m.areaKm2());
                }
                Territory t = (Territory) actor;
                return new Territory(t.id(), t.name(), t.territoryKind(), t.country(), t.identifiers(), t.names(),
                        parent, t.population(), t.location(), t.areaKm2());
            } catch (ClimateCityException e) {
                // such as two OpenClimate ids that are one actor id of the model ('SE' and 'SE.'): a part of itself
                report.line(draft.file, draft.line, "unknown-parent", "is_part_of of '" + Texts.oneLine(draft.actorId)
                        + "' names '" + Texts.oneLine(draft.parent) + "', which cannot be kept: " + e.getMessage());
                return actor;
            }
        }

        private @Nullable Actor place(Draft draft) {
            String type = draft.type.toLowerCase(Locale.ROOT);
            String id = draft.actorId;
            Identifier primary;
            CountryCode country;
            TerritoryKind kind = null;
            switch (type) {
                case "city" -> {
                    country = assigned(id.length() >= 2 ? id.substring(0, 2) : "") ? new CountryCode(id.substring(0, 2))
                            : null;
                    primary = LOCODE.matcher(id).matches() && country != null ? Identifier.of(Identifier.LOCODE, id)
                            : safeIdentifier(SYSTEM, id);
                }
                case "adm1" -> {
                    kind = TerritoryKind.REGION;
                    country = assigned(id.length() >= 2 ? id.substring(0, 2) : "") ? new CountryCode(id.substring(0, 2))
                            : null;
                    primary = ISO_3166_2.matcher(id).matches() && country != null
                            ? Identifier.of(Identifier.ISO_3166_2, id) : safeIdentifier(SYSTEM, id);
                }
                case "country" -> {
                    kind = TerritoryKind.COUNTRY;
                    country = assigned(id) ? new CountryCode(id) : null;
                    primary = country != null ? Identifier.of(country) : safeIdentifier(SYSTEM, id);
                }
                default -> {
                    problem("unsupported-actor", "actor '" + Texts.oneLine(id) + "' of type '" + Texts.oneLine(draft.type)
                            + "' is not a place of the model (a city, adm1 region or country); it is not kept");
                    return null;
                }
            }
            if (country == null || primary == null) {
                problem("unknown-country", "actor '" + Texts.oneLine(id) + "' names no assigned ISO 3166-1 country in"
                        + " its id; it is not kept");
                return null;
            }
            List<Identifier> identifiers = new ArrayList<>();
            identifiers.add(primary);
            for (Identifier identifier : draft.identifiers) {
                if (identifiers.contains(identifier)) {
                    continue;
                }
                if (identifier.country().isPresent() && !identifier.country().get().equals(country)) {
                    problem("bad-identifier", "identifier '" + identifier + "' of '" + id + "' names another country"
                            + " than " + country + "; it is not kept");
                    continue;
                }
                identifiers.add(identifier);
            }
            ActorId actorId = ActorId.of(Slug.of(id));
            try {
                if (kind == null) {
                    return new Municipality(actorId, draft.name, country, identifiers, draft.names, null,
                            sorted(draft.population), draft.location, draft.area);
                }
                return new Territory(actorId, draft.name, kind, country, identifiers, draft.names, null,
                        sorted(draft.population), draft.location, draft.area);
            } catch (ClimateCityException e) {
                problem("unknown-actor", "actor '" + Texts.oneLine(id) + "' cannot be kept: " + e.getMessage());
                return null;
            }
        }

        private static List<Population> sorted(List<Population> population) {
            Map<LocalDate, Population> byDate = new java.util.TreeMap<>();
            population.forEach(p -> byDate.putIfAbsent(p.asOf(), p));
            return List.copyOf(byDate.values());
        }

        private static @Nullable Identifier safeIdentifier(String namespace, String value) {
            try {
                return Identifier.of(namespace, value);
            } catch (ClimateCityException e) {
                return null;
            }
        }

        private void problem(String code, String message) {
            if (rowTonnes != null && rowTonnes.signum() != 0 && message.endsWith("the row is not kept")) {
                report.leftOut(file, Math.max(1, line), code, message + " (it held "
                        + rowTonnes.stripTrailingZeros().toPlainString() + " t CO2e)", rowTonnes);
            } else {
                report.line(file, Math.max(1, line), code, message);
            }
        }
    }

    private static boolean assigned(String country) {
        try {
            new CountryCode(country);
            return true;
        } catch (ClimateCityException e) {
            return false;
        }
    }

    /** Checks if a text is {@code https?://\S+}, without a regex (each target has one). */
    static boolean httpUrl(String text) {
        int start = text.startsWith("http://") ? 7 : text.startsWith("https://") ? 8 : -1;
        if (start < 0 || text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
