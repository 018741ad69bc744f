package org.climatecity.core.emissions;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * A sector of emissions in one of the {@link SectorScheme sector schemes}.
 *
 * <p>Each sector has a stable id, {@code scheme:code}, such as {@code se:domestic-transport} or
 * {@code gpc:stationary-energy}, which {@link #parse(CharSequence)} reads back.
 *
 * @since 0.1.0
 */
public sealed interface EmissionsSector permits SwedishMainSector, GpcSector {

    /**
     * Returns the scheme the sector belongs to.
     *
     * @return the scheme, not null
     */
    SectorScheme scheme();

    /**
     * Returns the code of the sector within its scheme, such as {@code domestic-transport}.
     *
     * @return the code, not null
     */
    String code();

    /**
     * Returns the sector's name as its scheme publishes it.
     *
     * @return the label, not null
     */
    String label();

    /**
     * Returns the stable id {@code scheme:code}.
     *
     * @return the id, not null
     */
    default String id() {
        return scheme().prefix() + ":" + code();
    }

    /**
     * Parses a sector from its id {@code scheme:code}.
     *
     * @param text the id, not null
     * @return the sector
     * @throws ClimateCityException if no sector has that id
     */
    static EmissionsSector parse(CharSequence text) {
        if (text == null) {
            throw new ClimateCityException("emissions sector must not be null");
        }
        String id = text.toString();
        for (SwedishMainSector sector : SwedishMainSector.values()) {
            if (sector.id().equals(id)) {
                return sector;
            }
        }
        for (GpcSector sector : GpcSector.values()) {
            if (sector.id().equals(id)) {
                return sector;
            }
        }
        throw new ClimateCityException("emissions sector must be one of " + allIds() + ", was '"
                + Texts.abbreviate(id) + "'");
    }

    /**
     * Returns the ids of all sectors of all schemes, in scheme order.
     *
     * @return the ids, not null
     */
    static java.util.List<String> allIds() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (SwedishMainSector sector : SwedishMainSector.values()) {
            ids.add(sector.id());
        }
        for (GpcSector sector : GpcSector.values()) {
            ids.add(sector.id());
        }
        return java.util.List.copyOf(ids);
    }
}
