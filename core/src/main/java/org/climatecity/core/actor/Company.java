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
 * A company, publicly or privately owned, such as Borlänge Energi, SSAB or Stadtwerke München.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param level the level the company works at in the programme, not null
 * @param country the country the company is based in, or null when not given
 * @param identifiers the identifiers, such as an LEI ({@code lei}), a VAT number ({@code vat}) or a Swedish
 *     organisation number ({@code se-orgnr}); not null, no duplicates, none naming an area
 * @since 0.1.0
 */
public record Company(ActorId id, String name, GovernanceLevel level, @Nullable CountryCode country,
        List<Identifier> identifiers) implements Organisation {

    /**
     * Creates the actor, checking its components.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param level the level the company works at in the programme, not null
     * @param country the country, or null
     * @param identifiers the identifiers, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid, an identifier repeats or
     *     names an area, or there are two LEIs or two Swedish organisation numbers
     * @since 0.1.0
     */
    public Company {
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
     * @param level the level the company works at in the programme, not null
     * @param organisationNumber the Swedish organisation number, or null when not Swedish or not known
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public Company(ActorId id, String name, GovernanceLevel level, @Nullable OrganisationNumber organisationNumber) {
        this(id, name, level, organisationNumber == null ? null : CountryCode.SWEDEN,
                OrganisationChecks.of(organisationNumber));
    }

    @Override
    public ActorSector sector() {
        return ActorSector.BUSINESS;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.COMPANY;
    }
}
