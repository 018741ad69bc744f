package org.climatecity.interop.openclimate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Place;
import org.climatecity.core.actor.PlaceName;
import org.climatecity.core.actor.Population;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.internal.OutputFiles;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.ReportedProgress;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.interop.ExportResult;
import org.climatecity.interop.internal.CsvOutput;
import org.climatecity.interop.internal.Keys;
import org.climatecity.interop.internal.Numbers;
import org.climatecity.interop.internal.Slug;
import org.jspecify.annotations.Nullable;

/**
 * Writes a document as an OpenClimate data set: a folder with the tables the document fills ({@code Publisher},
 * {@code DataSource}, {@code Actor}, {@code ActorName}, {@code ActorIdentifier}, {@code Territory},
 * {@code Population}, {@code EmissionsAgg}, {@code Target}), columns in the order of
 * {@link OpenClimateTables#COLUMNS}.
 *
 * <p>OpenClimate's ids kept by an import (see {@link OpenClimateTables}) are written back exactly; facts from other
 * sources get ids made from their owner, year and source. An actor's id is its UN/LOCODE, ISO 3166-2 or ISO 3166-1
 * code. Every inventory is written as its total (one row per entry for an inventory of several OpenClimate totals,
 * each with its {@code emissions_id}; the reported total of an inventory of a total only, otherwise the sum
 * of its entries, rounded to a millionth of a tonne). Not written, and listed in the result: actors that are not places
 * or are groups of countries, targets of several owners and targets whose kind OpenClimate has no type for. The files
 * are written all or none: a failure leaves the folder as it was.
 *
 * <p>The class is thread-safe.
 *
 * @since 0.1.0
 */
public final class OpenClimateExporter {

    private OpenClimateExporter() {
    }

    /**
     * Writes the document as OpenClimate tables into a folder, creating it.
     *
     * @param document the document, not null
     * @param directory the folder, not null
     * @return the files written and what was skipped
     * @throws UncheckedIOException if the folder or a file cannot be written; the folder is then as it was
     */
    public static ExportResult write(ProgrammeDocument document, Path directory) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(directory, "directory");
        return new Export(document).write(directory);
    }

    /** One export. */
    private static final class Export {
        private final ProgrammeDocument document;
        private final Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        private final Map<String, List<String>> publishers = new LinkedHashMap<>();
        private final Map<String, List<String>> dataSources = new LinkedHashMap<>();
        private final List<String> skipped = new ArrayList<>();

        Export(ProgrammeDocument document) {
            this.document = document;
            OpenClimateTables.COLUMNS.keySet().forEach(table -> tables.put(table, new ArrayList<>()));
        }

        ExportResult write(Path directory) {
            for (Actor actor : document.actors()) {
                if (actor instanceof Territory group && group.territoryKind() == TerritoryKind.COUNTRY_GROUP) {
                    skipped.add("actor '" + actor.id() + "': a group of countries, which OpenClimate's actor types"
                            + " do not include");
                } else if (actor instanceof Place place) {
                    place(place);
                } else {
                    skipped.add("actor '" + actor.id() + "': not a place");
                }
            }
            for (EmissionsInventory inventory : document.inventories()) {
                inventory(inventory);
            }
            for (Initiative initiative : document.initiatives()) {
                for (ClimateTarget target : initiative.targets()) {
                    target(target);
                }
            }
            tables.get("Publisher").addAll(publishers.values());
            tables.get("DataSource").addAll(dataSources.values());
            Map<String, OutputFiles.Content> files = new LinkedHashMap<>();
            tables.forEach((table, rows) -> {
                if (!rows.isEmpty()) {
                    files.put(table + ".csv",
                            OutputFiles.text(CsvOutput.write(OpenClimateTables.COLUMNS.get(table), rows, false)));
                }
            });
            try {
            return new ExportResult(OutputFiles.writeInto(directory, files), skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory + ": " + e.getMessage(), e);
        }
        }

        private String actorId(ActorId id) {
            return document.actor(id).map(this::actorId).orElse(id.value());
        }

        private String actorId(Actor actor) {
            if (actor instanceof Place place) {
                for (String namespace : List.of(Identifier.LOCODE, Identifier.ISO_3166_2, Identifier.ISO_3166_1,
                        OpenClimateImporter.SYSTEM)) {
                    var identifier = place.identifier(namespace);
                    if (identifier.isPresent()) {
                        return identifier.get().value();
                    }
                }
            }
            return actor.id().value();
        }

        private void place(Place place) {
            String id = actorId(place);
            String type = place instanceof Municipality ? "city"
                    : ((Territory) place).territoryKind() == TerritoryKind.COUNTRY ? "country" : "adm1";
            tables.get("Actor").add(List.of(id, type, place.name(), "", "",
                    place.partOf() == null ? "" : actorId(place.partOf()), "", ""));
            for (PlaceName name : place.names()) {
                tables.get("ActorName").add(List.of(id, name.name(), Objects.toString(name.language(), ""), "", ""));
            }
            for (Identifier identifier : place.identifiers()) {
                if (identifier.value().equals(id)) {
                    continue;
                }
                String namespace = OpenClimateImporter.NAMESPACES.entrySet().stream()
                        .filter(e -> e.getValue().equals(identifier.namespace()) && !e.getKey().equals("LOCODE"))
                        .map(Map.Entry::getKey).findFirst().orElse(identifier.namespace());
                tables.get("ActorIdentifier").add(List.of(identifier.value(), id, namespace, ""));
            }
            if (place.areaKm2() != null || place.location() != null) {
                tables.get("Territory").add(List.of(id,
                        place.areaKm2() == null ? "" : Numbers.format(place.areaKm2()),
                        place.location() == null ? "" : Numbers.format(place.location().latitude() * 10_000),
                        place.location() == null ? "" : Numbers.format(place.location().longitude() * 10_000),
                        "", ""));
            }
            for (Population population : place.population()) {
                String source = population.provenance() == null ? "" : dataSource(population.provenance(),
                        place.id().value() + " population");
                tables.get("Population").add(List.of(id, Long.toString(population.residents()),
                        Integer.toString(population.asOf().getYear()), source));
            }
        }

        /** Returns the data source id of a fact's provenance, recording the source and its publisher. */
        private String dataSource(Provenance provenance, String fallback) {
            Map<String, String> keys = Keys.parse(OpenClimateImporter.SYSTEM, provenance.note());
            DataSource source = provenance.source();
            if (source == null) {
                return "";
            }
            String id = keys.getOrDefault("datasource_id", Slug.of(source.publisher() + " " + source.name()
                    + (source.vintage() == null ? "" : " " + source.vintage())));
            String publisherId = keys.getOrDefault("publisher_id", Slug.of(source.publisher()));
            publishers.putIfAbsent(publisherId, List.of(publisherId, source.publisher(),
                    keys.getOrDefault("publisher_url", "")));
            dataSources.putIfAbsent(id, List.of(id, source.name(), publisherId,
                    source.published() == null ? "" : source.published().toString(),
                    Objects.toString(source.url(), ""), Objects.toString(source.citation(), "")));
            return id.isEmpty() ? fallback : id;
        }

        private void inventory(EmissionsInventory inventory) {
            Map<String, String> keys = Keys.parse(OpenClimateImporter.SYSTEM, inventory.provenance().note());
            String actor = actorId(inventory.owner());
            String source = dataSource(inventory.provenance(), "");
            double total = inventory.entries().isEmpty() && inventory.reportedTotal() != null
                    ? inventory.reportedTotal() : inventory.total().tonnesCo2e();
            String id = keys.getOrDefault("emissions_id", actor + ":" + inventory.year() + ":" + source);
            DataSource ds = inventory.provenance().source();
            if (!inventory.entries().isEmpty() && inventory.entries().stream().allMatch(entry -> entry.sector()
                    .equals(OpenClimateImporter.TOTAL) && entry.publisherId() != null && entry.hasFigure())) {
                // several totals the data set gives under ids of their own: one row each
                for (InventoryEntry entry : inventory.entries()) {
                    tables.get("EmissionsAgg").add(List.of(entry.publisherId(), actor,
                            Integer.toString(inventory.year()), Numbers.format(entry.tonnesOrZero()),
                            ds == null ? "" : Objects.toString(ds.methodology(), ""), source));
                }
                return;
            }
            tables.get("EmissionsAgg").add(List.of(id, actor, Integer.toString(inventory.year()),
                    Numbers.format(inventory.entries().isEmpty() ? total : Math.round(total * 1e6) / 1e6),
                    ds == null ? "" : Objects.toString(ds.methodology(), ""), source));
        }

        private void target(ClimateTarget target) {
            if (target.owners().size() != 1) {
                skipped.add("target '" + target.id() + "': OpenClimate's targets have one actor, it has "
                        + target.owners().size());
                return;
            }
            Map<String, String> keys = target.provenance() == null ? Map.of()
                    : Keys.parse(OpenClimateImporter.SYSTEM, target.provenance().note());
            String[] typeValueUnit = typeValueUnit(target.kind());
            if (typeValueUnit == null) {
                skipped.add("target '" + target.id() + "': OpenClimate has no target type for "
                        + target.kind().typeName());
                return;
            }
            String source = target.provenance() == null ? "" : dataSource(target.provenance(), "");
            ReportedProgress last = target.reportedProgress().isEmpty() ? null
                    : target.reportedProgress().get(target.reportedProgress().size() - 1);
            List<String> row = new ArrayList<>();
            row.add(keys.getOrDefault("target_id", target.id().value()));
            row.add(actorId(target.owners().get(0)));
            row.add(keys.getOrDefault("target_type", typeValueUnit[0]));
            row.add(target.baseline() == null ? "" : Integer.toString(target.baseline().year()));
            row.add(Integer.toString(target.targetYear()));
            row.add(target.baseline() == null || target.baseline().tonnesCo2e() == null ? ""
                    : Numbers.format(target.baseline().tonnesCo2e()));
            row.add(keys.getOrDefault("target_value", typeValueUnit[1]));
            row.add(keys.getOrDefault("target_unit", typeValueUnit[2]));
            row.add("");
            row.add(keys.getOrDefault("is_net_zero", ""));
            row.add(last == null ? "" : Numbers.format(last.achieved().value() * 100));
            row.add(Objects.toString(target.url(), ""));
            row.add(Objects.toString(target.summary(), ""));
            row.add(source);
            row.add("");
            tables.get("Target").add(row);
        }

        private static String @Nullable [] typeValueUnit(TargetKind kind) {
            if (kind instanceof TargetKind.RelativeReduction r) {
                return new String[] {"Absolute emission reduction", percent(r.reductionShare().value()), "percent"};
            }
            if (kind instanceof TargetKind.AbsoluteReduction a) {
                return new String[] {"Absolute emission reduction", Numbers.format(a.tonnesCo2e()), "tCO2e"};
            }
            if (kind instanceof TargetKind.NetZero) {
                return new String[] {"Net zero", "", ""};
            }
            if (kind instanceof TargetKind.ClimateNeutral) {
                return new String[] {"Climate neutral", "", ""};
            }
            if (kind instanceof TargetKind.FixedLevel f) {
                return new String[] {"Fixed level target", Numbers.format(f.tonnesCo2e()), "tCO2e"};
            }
            if (kind instanceof TargetKind.BusinessAsUsualReduction b) {
                return new String[] {"Baseline scenario target", percent(b.reductionShare().value()), "percent"};
            }
            return null;
        }

        private static String percent(double share) {
            return Numbers.format(new java.math.BigDecimal(Double.toString(share)).movePointRight(2).doubleValue());
        }
    }
}
