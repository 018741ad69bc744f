package org.climatecity.core.emissions;

/**
 * The schemes by which emissions are divided into sectors.
 *
 * @since 0.1.0
 */
public enum SectorScheme {
    /** The 9 main sectors of the Swedish national emissions database (SMHI), see {@link SwedishMainSector}. */
    SE_NATIONAL_MAIN("se"),
    /** The sectors I–VI of the GHG Protocol for Cities (GPC), see {@link GpcSector}. */
    GPC("gpc");

    private final String prefix;

    SectorScheme(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Returns the prefix of the scheme's sector ids, such as {@code se} in {@code se:domestic-transport}.
     *
     * @return the prefix, not null
     */
    public String prefix() {
        return prefix;
    }
}
