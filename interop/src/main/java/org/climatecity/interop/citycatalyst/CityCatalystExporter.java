package org.climatecity.interop.citycatalyst;

import static org.climatecity.interop.citycatalyst.CityCatalystColumns.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Place;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionFactor;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.Gas;
import org.climatecity.core.emissions.GasAmount;
import org.climatecity.core.emissions.GpcReference;
import org.climatecity.core.emissions.GpcSubcategory;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.internal.OutputFiles;
import org.climatecity.interop.ExportResult;
import org.climatecity.interop.internal.CsvOutput;
import org.climatecity.interop.internal.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * Writes a document's GPC inventories as CityCatalyst inventory exports: one {@code inventory-<LOCODE>-<year>.csv}
 * per inventory whose entries are GPC reference numbers, with every field quoted and the columns in CityCatalyst's
 * order ({@link CityCatalystColumns#ALL}).
 *
 * <p>The LOCODE is the owner's {@code locode} identifier (or its {@value CityCatalystColumns#UNASSIGNED_LOCODE} one).
 * Each entry is one row, in the inventory's order, with its publisher's id as {@code Inventory Reference}.
 * Numbers are written in plain decimal notation without trailing zeros; totals in t CO2e, per-gas emissions in kg
 * CO2e. Not written, and listed in the result with the reason: inventories of other sector schemes, inventories whose
 * owner has no LOCODE, a second inventory of the same city and year (from another source), and entries whose
 * emission factors have different units. The files are written all or none: a failure leaves the folder as it was.
 *
 * <p>The class is thread-safe.
 *
 * @since 0.1.0
 */
public final class CityCatalystExporter {

    private CityCatalystExporter() {
    }

    /**
     * Writes the document's GPC inventories into a folder, creating it.
     *
     * @param document the document, not null
     * @param directory the folder, not null
     * @return the files written and what was skipped
     * @throws UncheckedIOException if the folder or a file cannot be written; the folder is then as it was
     */
    public static ExportResult write(ProgrammeDocument document, Path directory) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(directory, "directory");
        Map<String, OutputFiles.Content> files = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (EmissionsInventory inventory : document.inventories()) {
            String what = "inventory of '" + inventory.owner() + "' for " + inventory.year();
            if (inventory.entries().isEmpty()
                    || !inventory.entries().stream().allMatch(entry -> entry.sector() instanceof GpcSubcategory)) {
                skipped.add(what + ": not of GPC reference numbers");
                continue;
            }
            Optional<String> locode = locode(document.actor(inventory.owner()).orElse(null));
            if (locode.isEmpty()) {
                skipped.add(what + ": its owner has no LOCODE");
                continue;
            }
            String name = "inventory-" + locode.get() + "-" + inventory.year() + ".csv";
            if (files.containsKey(name)) {
                skipped.add(what + " from " + inventory.provenance().describe() + ": " + name
                        + " is written from an earlier inventory of the same city and year");
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (InventoryEntry entry : inventory.entries()) {
                List<String> row = row(entry);
                if (row == null) {
                    skipped.add(what + ": entry " + entry.sector().id() + " has emission factors in different units");
                } else {
                    rows.add(row);
                }
            }
            files.put(name, OutputFiles.text(CsvOutput.write(ALL, rows, true)));
        }
        try {
            return new ExportResult(OutputFiles.writeInto(directory, files), skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> locode(@Nullable Actor owner) {
        if (owner instanceof Place place) {
            return place.identifier(Identifier.LOCODE).or(() -> place.identifier(UNASSIGNED_LOCODE))
                    .map(Identifier::value);
        }
        return Optional.empty();
    }

    private static @Nullable List<String> row(InventoryEntry entry) {
        GpcReference reference = ((GpcSubcategory) entry.sector()).reference();
        List<String> units = entry.emissionFactors().stream().map(EmissionFactor::unit).distinct().toList();
        if (units.size() > 1) {
            return null;
        }
        List<String> row = new ArrayList<>();
        row.add(entry.publisherId() == null ? "" : entry.publisherId());
        row.add(reference.number());
        row.add(reference.subsector());
        row.add(entry.notationKey() == null ? "" : entry.notationKey().code());
        row.add(entry.tonnesCo2e() == null ? "" : Numbers.format(entry.tonnesCo2e()));
        row.add(TONNES);
        row.add(entry.activity() == null ? "" : entry.activity().type());
        row.add(entry.activity() == null ? "" : Numbers.format(entry.activity().value()));
        row.add(entry.activity() == null ? "" : entry.activity().unit());
        for (Gas gas : List.of(Gas.CO2, Gas.CH4, Gas.N2O)) {
            row.add(entry.emissionFactors().stream().filter(f -> f.gas() == gas).findFirst()
                    .map(f -> Numbers.format(f.value())).orElse(""));
        }
        row.add(units.isEmpty() ? "" : units.get(0));
        for (Gas gas : List.of(Gas.CO2, Gas.CH4, Gas.N2O)) {
            row.add(entry.gases().stream().filter(g -> g.gas() == gas).findFirst()
                    .map(CityCatalystExporter::kilograms).orElse(""));
        }
        DataSource source = entry.source();
        String citation = source == null ? null : source.citation();
        row.add(citation != null && citation.startsWith(SOURCE_CITATION)
                ? citation.substring(SOURCE_CITATION.length()) : "");
        row.add(source == null ? "" : source.name());
        return row;
    }

    private static String kilograms(GasAmount amount) {
        return Numbers.format(amount.unit().equals(TONNES) ? amount.amount() * 1000 : amount.amount());
    }
}
