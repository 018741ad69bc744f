package org.climatecity.core.pilot;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The driver a pilot's effect scales with: residents, buildings, vehicles, or one sector's emissions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of driver, not null
 * @param sector the sector, required for {@link DriverKind#SECTOR_EMISSIONS} and absent otherwise
 * @since 0.1.0
 */
public record Driver(DriverKind kind, @Nullable EmissionsSector sector) {

    /**
     * Creates a driver.
     *
     * @param kind the kind, not null
     * @param sector the sector for sector emissions, otherwise null
     * @throws ClimateCityException if the kind is missing, or the sector is missing or superfluous
     */
    public Driver {
        Require.nonNull(kind, "driver kind");
        if (kind == DriverKind.SECTOR_EMISSIONS && sector == null) {
            throw new ClimateCityException("driver of kind sector-emissions must name a sector, was none");
        }
        if (kind != DriverKind.SECTOR_EMISSIONS && sector != null) {
            throw new ClimateCityException("driver of kind " + Texts.word(kind) + " must not name a sector, was '"
                    + sector.id() + "'");
        }
    }

    /**
     * Obtains the driver "per resident".
     *
     * @return the driver
     */
    public static Driver population() {
        return new Driver(DriverKind.POPULATION, null);
    }

    /**
     * Obtains the driver "share of a sector's emissions".
     *
     * @param sector the sector, not null
     * @return the driver
     */
    public static Driver sectorEmissions(EmissionsSector sector) {
        return new Driver(DriverKind.SECTOR_EMISSIONS, Require.nonNull(sector, "sector"));
    }
}
