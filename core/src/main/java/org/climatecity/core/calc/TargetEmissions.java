package org.climatecity.core.calc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.InventoryTotal;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.jspecify.annotations.Nullable;

/**
 * The emissions a target is measured against, taken from a document's inventories as the target counts them: only
 * inventories of the target's boundary, only the target's sectors (all of them when it names none), summed over
 * its owners for a joint target. A year counts only when every owner has a complete figure for it: a sector an
 * inventory marks not estimated is never taken as zero.
 *
 * <p>Where several sources give an owner's emissions for one year within the boundary (a recalculated vintage, say),
 * the newest is used: the latest vintage, else the latest publication date, else the first in the document; the
 * result names the inventories it used. The gas basis is not compared.
 *
 * @since 0.1.0
 */
public final class TargetEmissions {

    /** The latest vintage first, then the latest publication date; the sort is stable, so ties keep document order. */
    private static final Comparator<EmissionsInventory> NEWEST_FIRST = Comparator
            .comparing((EmissionsInventory i) -> source(i) == null ? null : source(i).vintage(),
                    Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(i -> source(i) == null ? null : source(i).published(),
                    Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()));

    private TargetEmissions() {
    }

    /** The newest of the inventories of a year: the latest vintage, else the latest publication, else the first. */
    private static Optional<EmissionsInventory> newest(List<EmissionsInventory> inventories, int year) {
        return inventories.stream().filter(i -> i.year() == year).sorted(NEWEST_FIRST).findFirst();
    }

    /**
     * Returns the emissions a target counts in a year.
     *
     * @param document the document, not null
     * @param target the target, not null
     * @param year the year
     * @return the emissions with the inventories used, or empty when an owner has no complete figure that year
     */
    public static Optional<MatchedEmissions> inYear(ProgrammeDocument document, ClimateTarget target, int year) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(target, "target");
        double sum = 0;
        List<EmissionsInventory> used = new ArrayList<>();
        for (ActorId owner : target.owners()) {
            Optional<EmissionsInventory> inventory = newest(document.inventoriesOf(owner, target.boundary()), year);
            if (inventory.isEmpty()) {
                return Optional.empty();
            }
            InventoryTotal counted = counted(inventory.get(), target);
            if (!counted.isComplete()) {
                return Optional.empty();
            }
            sum += counted.tonnesCo2e();
            used.add(inventory.get());
        }
        return Optional.of(new MatchedEmissions(year, sum, used));
    }

    /**
     * Returns the series of emissions a target counts, over the years in which every owner has a complete figure.
     *
     * @param document the document, not null
     * @param target the target, not null
     * @return the series, or empty when there is no such year
     */
    public static Optional<YearlySeries> series(ProgrammeDocument document, ClimateTarget target) {
        TreeSet<Integer> years = new TreeSet<>();
        for (ActorId owner : target.owners()) {
            document.inventoriesOf(owner, target.boundary()).forEach(i -> years.add(i.year()));
        }
        YearlySeries.Builder builder = YearlySeries.builder();
        boolean any = false;
        for (int year : years) {
            Optional<MatchedEmissions> matched = inYear(document, target, year);
            if (matched.isPresent()) {
                builder.put(year, matched.get().tonnesCo2e());
                any = true;
            }
        }
        return any ? Optional.of(builder.build()) : Optional.empty();
    }

    /**
     * Returns an owner's complete totals within a boundary, one per year: where several sources give a year, the
     * newest, as for targets; a year whose newest inventory is incomplete (a sector not estimated) is left out.
     *
     * @param document the document, not null
     * @param owner the territory or organisation, not null
     * @param boundary the boundary, such as {@link Boundary#TERRITORIAL}, not null
     * @return the series, or empty when the owner has no complete year within the boundary
     */
    public static Optional<YearlySeries> series(ProgrammeDocument document, ActorId owner, Boundary boundary) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(boundary, "boundary");
        List<EmissionsInventory> inventories = document.inventoriesOf(owner, boundary);
        TreeSet<Integer> years = new TreeSet<>();
        inventories.forEach(i -> years.add(i.year()));
        YearlySeries.Builder builder = YearlySeries.builder();
        boolean any = false;
        for (int year : years) {
            InventoryTotal total = newest(inventories, year).orElseThrow().total();
            if (total.isComplete()) {
                builder.put(year, total.tonnesCo2e());
                any = true;
            }
        }
        return any ? Optional.of(builder.build()) : Optional.empty();
    }

    /**
     * Returns a target's baseline: its own value where it states one, else the emissions it counts in its baseline
     * year, taken from the matching inventories.
     *
     * @param document the document, not null
     * @param target the target, not null
     * @return the baseline with where it comes from, or empty when the target has no baseline year or no inventory
     *     matches it
     */
    public static Optional<MatchedEmissions> baseline(ProgrammeDocument document, ClimateTarget target) {
        Baseline baseline = target.baseline();
        if (baseline == null) {
            return Optional.empty();
        }
        if (baseline.tonnesCo2e() != null) {
            return Optional.of(new MatchedEmissions(baseline.year(), baseline.tonnesCo2e(), List.of()));
        }
        return inYear(document, target, baseline.year());
    }

    private static InventoryTotal counted(EmissionsInventory inventory, ClimateTarget target) {
        if (target.sectors().isEmpty()) {
            return inventory.total();
        }
        double tonnes = 0;
        List<InventoryEntry> missing = new ArrayList<>();
        for (EmissionsSector sector : target.sectors()) {
            InventoryTotal part = inventory.sector(sector);
            tonnes += part.tonnesCo2e();
            missing.addAll(part.missing());
        }
        return new InventoryTotal(tonnes, missing);
    }

    private static @Nullable DataSource source(EmissionsInventory inventory) {
        return inventory.provenance().source();
    }
}
