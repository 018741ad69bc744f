package org.climatecity.core.actor;

import java.util.List;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.internal.Require;

/**
 * A national government agency, such as Energimyndigheten (the Swedish Energy Agency).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param country the country whose agency it is, not null
 * @param identifiers the identifiers, such as a Swedish organisation number or a Wikidata item; not null, no
 *     duplicates, none naming an area
 * @since 0.1.0
 */
public record NationalAgency(ActorId id, String name, CountryCode country, List<Identifier> identifiers)
        implements Organisation {

    /**
     * Creates the actor, checking its components.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param country the country whose agency it is, not null
     * @param identifiers the identifiers, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid, an identifier repeats or
     *     names an area, or there are two LEIs or two Swedish organisation numbers
     * @since 0.1.0
     */
    public NationalAgency {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        Require.nonNull(country, "country");
        identifiers = OrganisationChecks.identifiers(identifiers, id);
    }

    /**
     * Creates the actor without identifiers.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param country the country whose agency it is, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public NationalAgency(ActorId id, String name, CountryCode country) {
        this(id, name, country, List.of());
    }

    @Override
    public GovernanceLevel level() {
        return GovernanceLevel.NATIONAL;
    }

    @Override
    public ActorSector sector() {
        return ActorSector.PUBLIC;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.NATIONAL_AGENCY;
    }
}
