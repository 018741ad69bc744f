package org.climatecity.core.actor;

import java.util.List;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A regional authority, the elected body of a region: a Swedish {@code region} such as Region Dalarna, a
 * German Bezirk or a French conseil régional.
 *
 * <p>It names the place it serves by {@code place}, the id of a {@link Place} of the document, or by {@code area},
 * an identifier of the area of any country (a NUTS code, an ISO 3166-2 code or a national code such as a Swedish
 * county code {@code se-lan:20}), or both. Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param country the country it is based in, or null when not given
 * @param identifiers the identifiers of the organisation itself, such as an LEI ({@code lei}), a VAT number
 *     ({@code vat}) or a Swedish organisation number ({@code se-orgnr}); not null, no duplicates, none naming an area
 * @param place the id of the place of the document it serves, such as the county territory, or null
 * @param area the identifier of the area it serves, such as {@code se-lan:20} or {@code nuts:DE21}, or null; at
 *     least one of place and area is given
 * @since 0.1.0
 */
public record RegionalAuthority(ActorId id, String name, @Nullable CountryCode country, List<Identifier> identifiers,
        @Nullable ActorId place, @Nullable Identifier area) implements Organisation {

    /**
     * Creates the actor, checking its components.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param country the country, or null
     * @param identifiers the identifiers, not null
     * @param place the place it serves, or null
     * @param area the area it serves, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid, an identifier repeats or
     *     names an area, neither place nor area is given, or the area lies in another country than the one given
     * @since 0.1.0
     */
    public RegionalAuthority {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        identifiers = OrganisationChecks.identifiers(identifiers, id);
        OrganisationChecks.served(id, country, place, area);
    }

    /**
     * Creates the actor of a Swedish county, naming it by its county code.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param county the county it serves, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public RegionalAuthority(ActorId id, String name, CountyCode county) {
        this(id, name, CountryCode.SWEDEN, List.of(), null, Identifier.of(Require.nonNull(county, "county")));
    }

    @Override
    public GovernanceLevel level() {
        return GovernanceLevel.REGIONAL;
    }

    @Override
    public ActorSector sector() {
        return ActorSector.PUBLIC;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.REGIONAL_AUTHORITY;
    }
}
