package org.climatecity.core.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Texts;

/**
 * How a newer vintage of a source revised the inventories of an older one, such as this year's SMHI series against
 * last year's: inventories of the same owner, year and boundary are paired, and each pair gives its change per
 * sector and in total.
 *
 * <p>Immutable and thread-safe.
 *
 * @param revisions the paired inventories, ordered by owner as first met in the newer vintage, then boundary, then
 *     year, not null
 * @since 0.1.0
 */
public record VintageComparison(List<InventoryRevision> revisions) {

    /**
     * The revisions of one owner's series within one boundary.
     *
     * @param owner the owner, not null
     * @param boundary the boundary, not null
     * @param firstYear the first year both vintages give
     * @param lastYear the last year both vintages give
     * @param years how many years both vintages give
     * @param meanChangeShare the mean of the yearly changes of the total as shares of the older totals, such as
     *     {@code -0.032} for 3.2 % less on average
     * @since 0.1.0
     */
    public record Series(ActorId owner, Boundary boundary, int firstYear, int lastYear, int years,
            double meanChangeShare) {

        /**
         * Creates a series' summary.
         *
         * @param owner the owner, not null
         * @param boundary the boundary, not null
         * @param firstYear the first year
         * @param lastYear the last year, not before the first
         * @param years the number of years, at least one
         * @param meanChangeShare the mean change, finite
         * @throws ClimateCityException if the years are out of order or the mean is not finite
         */
        public Series {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(boundary, "boundary");
            if (lastYear < firstYear || years < 1 || !Double.isFinite(meanChangeShare)) {
                throw new ClimateCityException("series revision must cover at least one year in order with a finite"
                        + " mean, was " + firstYear + "-" + lastYear + " (" + years + " years), " + meanChangeShare);
            }
        }
    }

    /**
     * Creates a comparison of revisions already paired.
     *
     * @param revisions the revisions, not null
     */
    public VintageComparison {
        revisions = List.copyOf(revisions);
    }

    /**
     * Compares two vintages of a source: each inventory of the newer vintage is paired with the older vintage's
     * inventory of the same owner, year and boundary; inventories of only one vintage are left out.
     *
     * @param older the older vintage's inventories, not null
     * @param newer the newer vintage's inventories, not null
     * @return the comparison, not null
     * @throws ClimateCityException if a vintage gives one owner, year and boundary twice
     */
    public static VintageComparison between(List<EmissionsInventory> older, List<EmissionsInventory> newer) {
        Map<List<Object>, EmissionsInventory> olderByKey = byKey(older, "older");
        Map<List<Object>, EmissionsInventory> newerByKey = byKey(newer, "newer");
        List<InventoryRevision> revisions = new ArrayList<>();
        newerByKey.forEach((key, now) -> {
            EmissionsInventory before = olderByKey.get(key);
            if (before != null) {
                revisions.add(revision(before, now));
            }
        });
        List<ActorId> owners = newerByKey.values().stream().map(EmissionsInventory::owner).distinct().toList();
        revisions.sort(java.util.Comparator.<InventoryRevision>comparingInt(r -> owners.indexOf(r.owner()))
                .thenComparing(InventoryRevision::boundary).thenComparingInt(InventoryRevision::year));
        return new VintageComparison(revisions);
    }

    /**
     * Returns the revisions of one owner.
     *
     * @param owner the owner, not null
     * @return its revisions, by boundary then year
     */
    public List<InventoryRevision> of(ActorId owner) {
        Objects.requireNonNull(owner, "owner");
        return revisions.stream().filter(r -> r.owner().equals(owner)).toList();
    }

    /**
     * Returns a summary per owner and boundary: the years both vintages give and the mean change of the total.
     * Years whose older total is zero are left out of the mean.
     *
     * @return the summaries, in the order of the revisions
     */
    public List<Series> series() {
        Map<List<Object>, List<InventoryRevision>> groups = new LinkedHashMap<>();
        revisions.forEach(r -> groups.computeIfAbsent(List.of(r.owner(), r.boundary()), k -> new ArrayList<>())
                .add(r));
        List<Series> series = new ArrayList<>();
        groups.values().forEach(group -> {
            OptionalDouble mean = group.stream().map(InventoryRevision::changeShare).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).average();
            if (mean.isPresent()) {
                InventoryRevision first = group.get(0);
                series.add(new Series(first.owner(), first.boundary(), first.year(), group.get(group.size() - 1).year(),
                        group.size(), mean.getAsDouble()));
            }
        });
        return List.copyOf(series);
    }

    private static InventoryRevision revision(EmissionsInventory older, EmissionsInventory newer) {
        Map<EmissionsSector, OptionalDouble[]> sectors = new LinkedHashMap<>();
        collect(newer, sectors, 1);
        collect(older, sectors, 0);
        List<InventoryRevision.Sector> list = new ArrayList<>();
        sectors.forEach((sector, tonnes) -> list.add(new InventoryRevision.Sector(sector, tonnes[0], tonnes[1])));
        return new InventoryRevision(newer.owner(), newer.year(), newer.boundary(), older.total().tonnesCo2e(),
                newer.total().tonnesCo2e(), list);
    }

    private static void collect(EmissionsInventory inventory, Map<EmissionsSector, OptionalDouble[]> sectors,
            int vintage) {
        for (InventoryEntry entry : inventory.entries()) {
            OptionalDouble[] tonnes = sectors.computeIfAbsent(entry.sector(),
                    s -> new OptionalDouble[] {OptionalDouble.empty(), OptionalDouble.empty()});
            if (entry.tonnesCo2e() != null) {
                double sum = tonnes[vintage].orElse(0) + entry.tonnesCo2e();
                tonnes[vintage] = OptionalDouble.of(sum);
            }
        }
    }

    private static Map<List<Object>, EmissionsInventory> byKey(List<EmissionsInventory> inventories, String vintage) {
        Objects.requireNonNull(inventories, vintage);
        Map<List<Object>, EmissionsInventory> map = new LinkedHashMap<>();
        for (EmissionsInventory inventory : inventories) {
            List<Object> key = List.of(inventory.owner(), inventory.year(), inventory.boundary());
            if (map.put(key, inventory) != null) {
                throw new ClimateCityException("the " + vintage + " vintage gives the inventory of '"
                        + inventory.owner() + "' in " + inventory.year() + " (" + Texts.word(inventory.boundary())
                        + ") twice");
            }
        }
        return map;
    }
}
