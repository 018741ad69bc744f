package org.climatecity.core.emissions;

/**
 * The schemes by which emissions are divided into sectors.
 *
 * @since 0.1.0
 */
public enum SectorScheme {
    /** The 9 main sectors of the Swedish national emissions database (SMHI), see {@link SwedishMainSector}. */
    SE_NATIONAL_MAIN("se"),
    /**
     * The GHG Protocol for Cities (GPC): its sectors I–VI ({@link GpcSector}) or its reference numbers
     * ({@link GpcSubcategory}).
     */
    GPC("gpc"),
    /** A scheme this library does not know, see {@link OtherSector}; each such sector's id names its scheme. */
    OTHER("other");

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
