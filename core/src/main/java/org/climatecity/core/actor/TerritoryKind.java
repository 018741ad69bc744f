package org.climatecity.core.actor;

import org.climatecity.core.common.GovernanceLevel;

/**
 * The kind of a {@link Territory}.
 *
 * @since 0.1.0
 */
public enum TerritoryKind {
    /** A first-level region of a country, such as a German Land or a NUTS 2 region. */
    REGION(GovernanceLevel.REGIONAL),
    /** A county, such as a Swedish län or a German Landkreis. */
    COUNTY(GovernanceLevel.REGIONAL),
    /** A country. */
    COUNTRY(GovernanceLevel.NATIONAL),
    /** A group of countries, such as the EU-27; its countries name it as the place they are part of. */
    COUNTRY_GROUP(GovernanceLevel.EU);

    private final GovernanceLevel level;

    TerritoryKind(GovernanceLevel level) {
        this.level = level;
    }

    /**
     * Returns the level of governance of territories of this kind.
     *
     * @return the level, not null
     */
    public GovernanceLevel level() {
        return level;
    }
}
