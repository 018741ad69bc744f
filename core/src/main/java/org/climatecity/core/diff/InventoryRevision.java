package org.climatecity.core.diff;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Require;

/**
 * How a newer vintage of a source revised one inventory: the same owner, year and boundary, the total and each
 * sector in tonnes CO2e before and after.
 *
 * <p>Immutable and thread-safe.
 *
 * @param owner the inventory's owner, not null
 * @param year the inventory's year
 * @param boundary the inventory's boundary, not null
 * @param olderTonnes the older vintage's total in tonnes CO2e
 * @param newerTonnes the newer vintage's total in tonnes CO2e
 * @param sectors the sectors either vintage gives, in the order of the newer vintage then of the older, not null
 * @since 0.1.0
 */
public record InventoryRevision(ActorId owner, int year, Boundary boundary, double olderTonnes, double newerTonnes,
        List<Sector> sectors) {

    /**
     * One sector of a revised inventory.
     *
     * @param sector the sector, not null
     * @param olderTonnes the older vintage's tonnes CO2e, empty when it gives no figure for the sector
     * @param newerTonnes the newer vintage's tonnes CO2e, empty when it gives no figure for the sector
     * @since 0.1.0
     */
    public record Sector(EmissionsSector sector, OptionalDouble olderTonnes, OptionalDouble newerTonnes) {

        /**
         * Creates a sector's revision.
         *
         * @param sector the sector, not null
         * @param olderTonnes the older tonnes, not null
         * @param newerTonnes the newer tonnes, not null
         */
        public Sector {
            Objects.requireNonNull(sector, "sector");
            Objects.requireNonNull(olderTonnes, "olderTonnes");
            Objects.requireNonNull(newerTonnes, "newerTonnes");
        }

        /**
         * Returns the change in tonnes CO2e, newer minus older.
         *
         * @return the change, empty when either vintage gives no figure
         */
        public OptionalDouble changeTonnes() {
            return olderTonnes.isPresent() && newerTonnes.isPresent()
                    ? OptionalDouble.of(newerTonnes.getAsDouble() - olderTonnes.getAsDouble()) : OptionalDouble.empty();
        }

        /**
         * Returns the change as a share of the older figure, such as {@code 0.08} for 8 % more.
         *
         * @return the share, empty when either vintage gives no figure or the older is zero
         */
        public OptionalDouble changeShare() {
            return olderTonnes.isPresent() && olderTonnes.getAsDouble() != 0 && newerTonnes.isPresent()
                    ? OptionalDouble.of(newerTonnes.getAsDouble() / olderTonnes.getAsDouble() - 1)
                    : OptionalDouble.empty();
        }
    }

    /**
     * Creates a revision.
     *
     * @param owner the owner, not null
     * @param year the year
     * @param boundary the boundary, not null
     * @param olderTonnes the older total, finite
     * @param newerTonnes the newer total, finite
     * @param sectors the sectors, not null
     * @throws org.climatecity.core.ClimateCityException if a total is not finite or a part is missing
     */
    public InventoryRevision {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(boundary, "boundary");
        Require.finite(olderTonnes, "older total");
        Require.finite(newerTonnes, "newer total");
        sectors = Require.list(sectors, "sectors");
    }

    /**
     * Returns the change of the total in tonnes CO2e, newer minus older.
     *
     * @return the change
     */
    public double changeTonnes() {
        return newerTonnes - olderTonnes;
    }

    /**
     * Returns the change of the total as a share of the older total, such as {@code -0.032} for 3.2 % less.
     *
     * @return the share, empty when the older total is zero
     */
    public OptionalDouble changeShare() {
        return olderTonnes == 0 ? OptionalDouble.empty() : OptionalDouble.of(newerTonnes / olderTonnes - 1);
    }
}
