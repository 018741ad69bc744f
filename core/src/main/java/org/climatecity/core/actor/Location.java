package org.climatecity.core.actor;

import org.climatecity.core.ClimateCityException;

/**
 * A point on the earth in WGS 84 degrees, such as Borlänge's centre at 60.4858 N, 15.4371 E.
 *
 * <p>Immutable and thread-safe.
 *
 * @param latitude the latitude in degrees, from -90 to 90
 * @param longitude the longitude in degrees, from -180 to 180
 * @since 0.1.0
 */
public record Location(double latitude, double longitude) {

    /**
     * Creates a location.
     *
     * @param latitude the latitude, from -90 to 90
     * @param longitude the longitude, from -180 to 180
     * @throws ClimateCityException if a coordinate is out of range or not a number
     */
    public Location {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new ClimateCityException("latitude must be from -90 to 90 degrees, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new ClimateCityException("longitude must be from -180 to 180 degrees, was " + longitude);
        }
    }
}
