package org.climatecity.core.actor;

import java.util.List;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.OrganisationNumber;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A civil-society organisation: an association, a foundation, a cooperative or a network of residents.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param level the level the organisation works at in the programme, not null
 * @param country the country the organisation is based in, or null when not given
 * @param identifiers the identifiers, such as an LEI ({@code lei}), a VAT number ({@code vat}) or a Swedish
 *     organisation number ({@code se-orgnr}); not null, no duplicates, none naming an area
 * @since 0.1.0
 */
public record CivilSocietyOrganisation(ActorId id, String name, GovernanceLevel level, @Nullable CountryCode country,
        List<Identifier> identifiers) implements Organisation {

    /**
     * Creates the actor, checking its components.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param level the level the organisation works at in the programme, not null
     * @param country the country, or null
     * @param identifiers the identifiers, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid, an identifier repeats or
     *     names an area, or there are two LEIs or two Swedish organisation numbers
     * @since 0.1.0
     */
    public CivilSocietyOrganisation {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        Require.nonNull(level, "level");
        identifiers = OrganisationChecks.identifiers(identifiers, id);
    }

    /**
     * Creates the actor known by at most its Swedish organisation number; with a number, its country is Sweden.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param level the level the organisation works at in the programme, not null
     * @param organisationNumber the Swedish organisation number, or null when not Swedish or not known
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public CivilSocietyOrganisation(ActorId id, String name, GovernanceLevel level, @Nullable OrganisationNumber organisationNumber) {
        this(id, name, level, organisationNumber == null ? null : CountryCode.SWEDEN,
                OrganisationChecks.of(organisationNumber));
    }

    @Override
    public ActorSector sector() {
        return ActorSector.CIVIL_SOCIETY;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.CIVIL_SOCIETY_ORGANISATION;
    }
}
