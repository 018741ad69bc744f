package org.climatecity.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Place;
import org.climatecity.core.actor.PlaceName;
import org.climatecity.core.actor.Population;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.scenario.Scenario;

/** Merges imported documents; see {@link ImportResult#merge(List)}. */
final class Merging {

    /** The file named by entries about merging, which belong to no one input. */
    static final String MERGE = "(merge)";

    private Merging() {
    }

    /**
     * A merged document and the tonnes balances of its inputs, less the inventories the merge left out.
     *
     * @param document the document
     * @param balances the balances, in the inputs' order
     */
    record Merged(ProgrammeDocument document, List<TonnesBalance> balances) {
    }

    /**
     * Merges documents.
     *
     * @param documents the documents, in order
     * @param balances the tonnes balances of each document's input files, in the same order
     * @param conflicts receives what could not be merged
     * @return the merged document and the balances
     */
    static Merged merge(List<ProgrammeDocument> documents, List<List<TonnesBalance>> balances,
            List<ReportEntry> conflicts) {
        List<List<TonnesBalance>> adjusted = new ArrayList<>();
        balances.forEach(list -> adjusted.add(new ArrayList<>(list)));
        int index = -1;
        Map<ActorId, Actor> actors = new LinkedHashMap<>();
        Map<Identifier, ActorId> identified = new HashMap<>();
        List<Programme> programmes = new ArrayList<>();
        Map<LocalId, Initiative> initiatives = new LinkedHashMap<>();
        List<EmissionsInventory> inventories = new ArrayList<>();
        Set<List<Object>> inventoryKeys = new HashSet<>();
        Map<LocalId, Scenario> scenarios = new LinkedHashMap<>();
        for (ProgrammeDocument document : documents) {
            index++;
            for (Actor actor : document.actors()) {
                Actor kept = actors.get(actor.id());
                Actor merged;
                try {
                    merged = kept == null ? actor : mergeActor(kept, actor, conflicts);
                } catch (org.climatecity.core.ClimateCityException e) {
                    conflicts.add(ReportEntry.ofFile(MERGE, "merge-conflict", "actor '" + actor.id() + "' cannot be"
                            + " merged with the earlier actor of that id (" + e.getMessage() + "); the first is kept"));
                    merged = kept;
                }
                merged = withoutTakenIdentifiers(merged, identified, conflicts);
                actors.put(merged.id(), merged);
                if (merged instanceof Place place) {
                    place.identifiers().forEach(identifier -> identified.put(identifier, place.id()));
                }
            }
            programmes.addAll(document.programmes());
            for (Initiative initiative : document.initiatives()) {
                if (initiatives.putIfAbsent(initiative.id(), initiative) != null) {
                    conflicts.add(ReportEntry.ofFile(MERGE, "duplicate-initiative", "initiative '" + initiative.id()
                            + "' is given by two inputs; the first is kept"));
                }
            }
            for (EmissionsInventory inventory : document.inventories()) {
                List<Object> key = List.of(inventory.owner(), inventory.year(), inventory.boundary(),
                        Objects.requireNonNullElse((Object) inventory.provenance().source(), inventory.provenance()));
                if (inventoryKeys.add(key)) {
                    inventories.add(inventory);
                } else {
                    conflicts.add(dropped(inventory, adjusted.get(index)));
                }
            }
            for (Scenario scenario : document.scenarios()) {
                if (scenarios.putIfAbsent(scenario.id(), scenario) != null) {
                    conflicts.add(ReportEntry.ofFile(MERGE, "duplicate-scenario", "scenario '" + scenario.id()
                            + "' is given by two inputs; the first is kept"));
                }
            }
        }
        return new Merged(new ProgrammeDocument(List.copyOf(actors.values()), programmes,
                List.copyOf(initiatives.values()), inventories, List.copyOf(scenarios.values())),
                adjusted.stream().flatMap(List::stream).toList());
    }

    /**
     * Reports an inventory the merge leaves out as a repeat, with the file it was read from and its tonnes, and takes
     * its tonnes off that file's balance: the balance then says what the document holds, and the entry what it lacks.
     * The file is the input's one file with tonnes, or of an input merged from several, the one its data source names
     * (else the first).
     */
    private static ReportEntry dropped(EmissionsInventory inventory, List<TonnesBalance> balances) {
        BigDecimal tonnes = tonnes(inventory);
        String text = "inventory of '" + inventory.owner() + "' for " + inventory.year() + " with the same boundary"
                + " and source is given by two inputs; this repeat is not kept";
        int at = balances.size() == 1 ? 0 : -1;
        DataSource source = inventory.provenance().source();
        for (int i = 0; at < 0 && i < balances.size() && source != null; i++) {
            String file = balances.get(i).file();
            if (source.name().contains(file) || source.citation() != null && source.citation().contains(file)) {
                at = i;
            }
        }
        if (at < 0 && !balances.isEmpty()) {
            at = 0;
        }
        if (at < 0) {
            return ReportEntry.ofFile(MERGE, "duplicate-inventory", text);
        }
        TonnesBalance balance = balances.get(at);
        balances.set(at, new TonnesBalance(balance.file(), balance.read(), balance.inDocument().subtract(tonnes)));
        return new ReportEntry(balance.file(), null, null, "duplicate-inventory", text + " (it held "
                + tonnes.stripTrailingZeros().toPlainString() + " t CO2e)", tonnes);
    }

    /** An inventory's tonnes as its file gave them: its reported total without entries, else its entries' sum. */
    private static BigDecimal tonnes(EmissionsInventory inventory) {
        if (inventory.entries().isEmpty() && inventory.reportedTotal() != null) {
            return BigDecimal.valueOf(inventory.reportedTotal());
        }
        return inventory.entries().stream().filter(InventoryEntry::hasFigure)
                .map(entry -> BigDecimal.valueOf(entry.tonnesCo2e())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Actor withoutTakenIdentifiers(Actor actor, Map<Identifier, ActorId> identified,
            List<ReportEntry> conflicts) {
        if (!(actor instanceof Place place)) {
            return actor;
        }
        List<Identifier> free = new ArrayList<>();
        for (Identifier identifier : place.identifiers()) {
            ActorId owner = identified.get(identifier);
            if (owner == null || owner.equals(place.id())) {
                free.add(identifier);
            } else {
                conflicts.add(ReportEntry.ofFile(MERGE, "merge-conflict", "identifier '" + identifier + "' of '"
                        + place.id() + "' already names '" + owner + "'; it is dropped from '" + place.id() + "'"));
            }
        }
        return free.size() == place.identifiers().size() ? actor : withIdentifiers(place, free);
    }

    private static Actor mergeActor(Actor first, Actor second, List<ReportEntry> conflicts) {
        if (first.equals(second)) {
            return first;
        }
        if (!(first instanceof Place a) || !(second instanceof Place b) || first.getClass() != second.getClass()) {
            conflicts.add(ReportEntry.ofFile(MERGE, "merge-conflict", "actor '" + first.id() + "' is given as two"
                    + " different kinds of actor; the first is kept"));
            return first;
        }
        if (!Objects.equals(a.country(), b.country()) || !a.name().equals(b.name())) {
            conflicts.add(ReportEntry.ofFile(MERGE, "merge-conflict", "actor '" + first.id() + "' is named '"
                    + a.name() + "' (" + a.country() + ") and '" + b.name() + "' (" + b.country()
                    + "); the first is kept"));
        }
        List<Identifier> identifiers = union(a.identifiers(), b.identifiers());
        List<PlaceName> names = union(a.names(), b.names());
        Map<java.time.LocalDate, Population> population = new TreeMap<>();
        for (Population p : a.population()) {
            population.put(p.asOf(), p);
        }
        for (Population p : b.population()) {
            Population kept = population.putIfAbsent(p.asOf(), p);
            if (kept != null && !kept.equals(p)) {
                conflicts.add(ReportEntry.ofFile(MERGE, "merge-conflict", "population of '" + first.id() + "' in "
                        + p.asOf() + " is given as " + kept + " and " + p + "; the first is kept"));
            }
        }
        ActorId partOf = a.partOf() != null ? a.partOf() : b.partOf();
        var location = a.location() != null ? a.location() : b.location();
        Double area = a.areaKm2() != null ? a.areaKm2() : b.areaKm2();
        if (a instanceof Municipality m) {
            return new Municipality(m.id(), m.name(), m.country(), identifiers, names, partOf,
                    List.copyOf(population.values()), location, area);
        }
        Territory t = (Territory) a;
        return new Territory(t.id(), t.name(), t.territoryKind(), t.country(), identifiers, names, partOf,
                List.copyOf(population.values()), location, area);
    }

    private static Place withIdentifiers(Place place, List<Identifier> identifiers) {
        if (place instanceof Municipality m) {
            return new Municipality(m.id(), m.name(), m.country(), identifiers, m.names(), m.partOf(),
                    m.population(), m.location(), m.areaKm2());
        }
        Territory t = (Territory) place;
        return new Territory(t.id(), t.name(), t.territoryKind(), t.country(), identifiers, t.names(), t.partOf(),
                t.population(), t.location(), t.areaKm2());
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        for (T t : second) {
            if (!all.contains(t)) {
                all.add(t);
            }
        }
        return all;
    }
}
