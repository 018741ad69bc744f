package org.climatecity.core.pilot;

/**
 * What a pilot's effect is measured per: the driver that scales it to other places.
 *
 * @since 0.1.0
 */
public enum DriverKind {
    /** Per resident: the effect is tonnes CO2e per resident and year. */
    POPULATION("resident"),
    /** Per building: the effect is tonnes CO2e per building and year. */
    BUILDINGS("building"),
    /** Per vehicle: the effect is tonnes CO2e per vehicle and year. */
    VEHICLES("vehicle"),
    /** A share of one sector's emissions: the effect is a fraction from 0 to 1 of the sector's tonnes. */
    SECTOR_EMISSIONS("tonne CO2e of the sector");

    private final String unit;

    DriverKind(String unit) {
        this.unit = unit;
    }

    /**
     * Returns the unit of one driver value, such as {@code resident}.
     *
     * @return the unit, not null
     */
    public String unit() {
        return unit;
    }
}
