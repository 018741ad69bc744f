package org.climatecity.core.emissions;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Require;

/**
 * The actual emissions of an owner (a municipality, usually) in one year, by sector, within a boundary, as one
 * source published them.
 *
 * <p>Several inventories of one owner and year are normal: SMHI's yearly recalculation (each vintage a source of its
 * own), a city's own GPC inventory and a consumption-based figure stand side by side, told apart by their boundary
 * and source. An inventory holds reported figures only. Projections are a different type
 * (see the {@code org.climatecity.core.calc} package), so the two can never be mixed up. All entries use one
 * sector scheme, and a sector (with its scope) appears at most once. Immutable and thread-safe.
 *
 * @param owner the actor whose emissions these are, not null
 * @param year the year, 1900 to 2200
 * @param boundary which emissions are counted, not null
 * @param gasBasis the gases covered, not null
 * @param provenance where the figures come from, not null
 * @param entries the emissions per sector, not null, one scheme, no sector twice
 * @since 0.1.0
 */
public record EmissionsInventory(ActorId owner, int year, Boundary boundary, GasBasis gasBasis, Provenance provenance,
        List<InventoryEntry> entries) {

    /**
     * Creates an inventory.
     *
     * @param owner the owner, not null
     * @param year the year
     * @param boundary the boundary, not null
     * @param gasBasis the gas basis, not null
     * @param provenance the source, not null
     * @param entries the entries, not null
     * @throws ClimateCityException if a component is missing, schemes are mixed or a sector repeats
     */
    public EmissionsInventory {
        Require.nonNull(owner, "inventory owner");
        Require.year(year, "inventory year");
        Require.nonNull(boundary, "inventory boundary");
        Require.nonNull(gasBasis, "gas basis");
        Require.nonNull(provenance, "provenance");
        entries = Require.list(entries, "entries");
        Set<String> seen = new HashSet<>();
        SectorScheme scheme = null;
        for (InventoryEntry entry : entries) {
            if (scheme == null) {
                scheme = entry.sector().scheme();
            } else if (entry.sector().scheme() != scheme) {
                throw new ClimateCityException("inventory entries must all use one sector scheme, mixed " + scheme
                        + " and " + entry.sector().scheme());
            }
            String key = entry.sector().id() + "/" + entry.scope();
            if (!seen.add(key)) {
                throw new ClimateCityException("inventory must list a sector and scope once, repeated '"
                        + entry.sector().id() + "'" + (entry.scope() == null ? "" : " " + entry.scope()));
            }
        }
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
     * Returns the total emissions over all sectors.
     *
     * @return the sum of the entries in tonnes CO2e
     */
    public double total() {
        double sum = 0;
        for (InventoryEntry entry : entries) {
            sum += entry.tonnesCo2e();
        }
        return sum;
    }

    /**
     * Returns the emissions of one sector, over all scopes.
     *
     * @param sector the sector, not null
     * @return the sum of the sector's entries in tonnes CO2e, 0 when absent
     */
    public double sector(EmissionsSector sector) {
        Objects.requireNonNull(sector, "sector");
        double sum = 0;
        for (InventoryEntry entry : entries) {
            if (entry.sector().equals(sector)) {
                sum += entry.tonnesCo2e();
            }
        }
        return sum;
    }
}
