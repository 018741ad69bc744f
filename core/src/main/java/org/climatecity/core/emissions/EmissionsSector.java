package org.climatecity.core.emissions;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * A sector of emissions in one of the {@link SectorScheme sector schemes}.
 *
 * <p>Each sector has a stable id, {@code scheme:code}, such as {@code se:domestic-transport},
 * {@code gpc:stationary-energy} or the GPC reference number {@code gpc:I.1.1}, which {@link #parse(CharSequence)}
 * reads back. Sectors of schemes this library does not know ({@code crf:1.A.3.b}) are read as {@link OtherSector}s,
 * so that no published inventory is unreadable.
 *
 * @since 0.1.0
 */
public sealed interface EmissionsSector permits SwedishMainSector, GpcSector, GpcSubcategory, OtherSector {

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
        int colon = id.indexOf(':');
        if (colon < 1) {
            throw new ClimateCityException("emissions sector must be written scheme:code such as"
                    + " 'se:domestic-transport', was '" + Texts.abbreviate(id) + "'");
        }
        String scheme = id.substring(0, colon);
        String code = id.substring(colon + 1);
        if (scheme.equals(SectorScheme.GPC.prefix())) {
            return GpcReferenceNumbers.get().find(code).map(GpcSubcategory::new).orElseThrow(() ->
                    new ClimateCityException("GPC sector must be one of " + gpcIds() + " or a GPC 1.1 reference"
                            + " number such as 'gpc:I.1.1', was '" + Texts.abbreviate(id) + "'"));
        }
        if (scheme.equals(SectorScheme.SE_NATIONAL_MAIN.prefix())) {
            throw new ClimateCityException("Swedish main sector must be one of " + seIds() + ", was '"
                    + Texts.abbreviate(id) + "'");
        }
        return new OtherSector(scheme, code);
    }

    private static java.util.List<String> seIds() {
        return java.util.Arrays.stream(SwedishMainSector.values()).map(EmissionsSector::id).toList();
    }

    private static java.util.List<String> gpcIds() {
        return java.util.Arrays.stream(GpcSector.values()).map(EmissionsSector::id).toList();
    }

    /**
     * Returns the ids of the named sectors of the schemes this library knows, in scheme order: the Swedish main
     * sectors and the six GPC sectors. GPC reference numbers ({@code gpc:I.1.1}) and sectors of other schemes are
     * read too.
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
