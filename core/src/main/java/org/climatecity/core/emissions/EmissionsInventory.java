package org.climatecity.core.emissions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The actual emissions of an owner (a municipality, usually) in one year, by sector, within a boundary, as one
 * source published them.
 *
 * <p>Several inventories of one owner and year are normal: SMHI's yearly recalculation (each vintage a source of its
 * own), a city's own GPC inventory and a consumption-based figure stand side by side, told apart by their boundary and
 * source. An inventory holds reported figures only. Projections are a different type (see the
 * {@code org.climatecity.core.calc} package), so the two can never be mixed up. All entries use one sector scheme (for
 * the GPC: either its six sectors or its reference numbers). Several entries of one sector are normal (one per activity,
 * fuel or source, or rows of one value of the publisher): entries that carry a publisher's id are the publisher's
 * own rows and are never taken for repeats, even when several share one id; an entry without one appears once per
 * sector, scope, activity type and source. Sums over the entries
 * ({@link #total()}, {@link #sector}, {@link #scope}, {@link #level}) say when they are incomplete. Immutable and
 * thread-safe.
 *
 * @param owner the actor whose emissions these are, not null
 * @param year the year, 1900 to 2200
 * @param boundary which emissions are counted, not null
 * @param gasBasis the gases covered, not null
 * @param provenance where the figures come from, not null
 * @param reportedTotal the total in tonnes CO2e as the source reports it, or null; an inventory of a total only has
 *     no entries
 * @param entries the emissions per sector, not null, one scheme, no entry without a publisher's id twice
 * @since 0.1.0
 */
public record EmissionsInventory(ActorId owner, int year, Boundary boundary, GasBasis gasBasis, Provenance provenance,
        @Nullable Double reportedTotal, List<InventoryEntry> entries) {

    /**
     * Creates an inventory.
     *
     * @param owner the owner, not null
     * @param year the year
     * @param boundary the boundary, not null
     * @param gasBasis the gas basis, not null
     * @param provenance the source, not null
     * @param reportedTotal the total the source reports, or null
     * @param entries the entries, not null
     * @throws ClimateCityException if a component is missing, schemes are mixed or an entry without a publisher's id
     *     repeats
     */
    public EmissionsInventory {
        Require.nonNull(owner, "inventory owner");
        Require.year(year, "inventory year");
        Require.nonNull(boundary, "inventory boundary");
        Require.nonNull(gasBasis, "gas basis");
        Require.nonNull(provenance, "provenance");
        if (reportedTotal != null) {
            Require.finite(reportedTotal, "reported total");
        }
        entries = Require.list(entries, "entries");
        Set<EntryKey> seen = new HashSet<>();
        String scheme = null;
        Boolean subcategories = null;
        for (int e = 0; e < entries.size(); e++) {
            InventoryEntry entry = entries.get(e);
            String entryScheme = schemeOf(entry.sector());
            if (scheme == null) {
                scheme = entryScheme;
            } else if (!scheme.equals(entryScheme)) {
                throw new ClimateCityException("inventory entries must all use one sector scheme, mixed " + scheme
                        + " and " + entryScheme);
            }
            if (entry.sector() instanceof GpcSector || entry.sector() instanceof GpcSubcategory) {
                boolean fine = entry.sector() instanceof GpcSubcategory;
                if (subcategories == null) {
                    subcategories = fine;
                } else if (subcategories != fine) {
                    throw new ClimateCityException("inventory entries must use either GPC sectors or GPC reference"
                            + " numbers, not both, mixed at '" + entry.sector().id() + "'");
                }
            }
            // every entry has the same scheme (checked above), so the code stands for the sector's id
            // a publisher's own rows are its facts: only entries without its id can repeat one another
            if (entry.publisherId() == null && !seen.add(EntryKey.of(entry))) {
                throw new ClimateCityException("inventory must list a sector and scope once per activity and source,"
                        + " repeated '" + entry.sector().id() + "'"
                        + (entry.scope() == null ? "" : " " + Texts.word(entry.scope())));
            }
        }
    }

    /**
     * Obtains an inventory of entries, without a reported total.
     *
     * @param owner the owner, not null
     * @param year the year
     * @param boundary the boundary, not null
     * @param gasBasis the gas basis, not null
     * @param provenance the source, not null
     * @param entries the entries, not null
     * @return the inventory
     * @throws ClimateCityException if a component is missing, schemes are mixed or an entry repeats
     */
    public static EmissionsInventory of(ActorId owner, int year, Boundary boundary, GasBasis gasBasis,
            Provenance provenance, List<InventoryEntry> entries) {
        return new EmissionsInventory(owner, year, boundary, gasBasis, provenance, null, entries);
    }

    /** The scheme part of a sector's id: its scheme's prefix, or for another scheme the scheme's name. */
    private static String schemeOf(EmissionsSector sector) {
        return sector instanceof OtherSector other ? other.schemeName() : sector.scheme().prefix();
    }

    /**
     * Returns the sector scheme of the entries.
     *
     * @return the scheme, or empty for an inventory without entries
     */
    public Optional<SectorScheme> scheme() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0).sector().scheme());
    }

    /**
     * Returns the total emissions: the sum of the entries, or for an inventory of a total only the reported total.
     *
     * @return the total, with the entries that leave it incomplete
     */
    public InventoryTotal total() {
        if (entries.isEmpty() && reportedTotal != null) {
            return new InventoryTotal(reportedTotal, List.of());
        }
        return sum(entry -> true);
    }

    /**
     * Returns the emissions of one sector, over all scopes; for a GPC sector, the sum of its reference numbers when
     * the inventory gives those.
     *
     * @param sector the sector, not null
     * @return the sum, with the entries that leave it incomplete; 0 and complete when the sector is absent
     */
    public InventoryTotal sector(EmissionsSector sector) {
        Objects.requireNonNull(sector, "sector");
        return sum(entry -> entry.sector().equals(sector)
                || entry.sector() instanceof GpcSubcategory gpc && gpc.sector() == sector);
    }

    /**
     * Returns the emissions of one scope, as given or as the entries' GPC reference numbers imply.
     *
     * @param scope the scope, not null
     * @return the sum, with the entries that leave it incomplete
     */
    public InventoryTotal scope(GhgScope scope) {
        Objects.requireNonNull(scope, "scope");
        return sum(entry -> entry.effectiveScope().orElse(null) == scope);
    }

    /**
     * Returns the emissions counted at one GPC reporting level: the entries named by a GPC reference number of
     * that level.
     *
     * @param level the level, not null
     * @return the sum, with the entries that leave it incomplete
     */
    public InventoryTotal level(GpcReportingLevel level) {
        Objects.requireNonNull(level, "level");
        return sum(entry -> entry.sector() instanceof GpcSubcategory gpc && gpc.reference().level() == level);
    }

    private InventoryTotal sum(Predicate<InventoryEntry> filter) {
        double tonnes = 0;
        List<InventoryEntry> missing = new ArrayList<>();
        for (InventoryEntry entry : entries) {
            if (!filter.test(entry)) {
                continue;
            }
            if (entry.hasFigure()) {
                tonnes += entry.tonnesCo2e();
            } else if (!entry.notationKey().isAccountedFor()) {
                missing.add(entry);
            }
        }
        return new InventoryTotal(tonnes, missing);
    }

    /** The entry's {@linkplain InventoryEntry#effectiveScope() effective scope}, or null. */
    private static @Nullable GhgScope scopeOf(InventoryEntry entry) {
        if (entry.scope() != null) {
            return entry.scope();
        }
        return entry.sector() instanceof GpcSubcategory gpc ? gpc.reference().scope() : null;
    }

    private static @Nullable String activityTypeOf(InventoryEntry entry) {
        return entry.activity() == null ? null : entry.activity().type();
    }

    /** What an inventory lists once: a sector and scope per activity type and data source. */
    private record EntryKey(String sectorCode, @Nullable GhgScope scope, @Nullable String activityType,
            @Nullable DataSource source) {

        static EntryKey of(InventoryEntry entry) {
            return new EntryKey(entry.sector().code(), scopeOf(entry), activityTypeOf(entry), entry.source());
        }
    }
}
