package org.climatecity.core.actor;

import java.util.List;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * The office that runs a programme, such as the Viable Cities programme office or NetZeroCities.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param level the level the programme works at, not null
 * @param country the country the office is based in, or null when not given, as for an international consortium
 * @param identifiers the identifiers, such as a Wikidata item or a Swedish organisation number; not null, no
 *     duplicates, none naming an area
 * @since 0.1.0
 */
public record ProgrammeOffice(ActorId id, String name, GovernanceLevel level, @Nullable CountryCode country,
        List<Identifier> identifiers) implements Organisation {

    /**
     * Creates the actor, checking its components.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param level the level the programme works at, not null
     * @param country the country, or null
     * @param identifiers the identifiers, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid, an identifier repeats or
     *     names an area, or there are two LEIs or two Swedish organisation numbers
     * @since 0.1.0
     */
    public ProgrammeOffice {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        Require.nonNull(level, "level");
        identifiers = OrganisationChecks.identifiers(identifiers, id);
    }

    /**
     * Creates the actor without country or identifiers.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param level the level the programme works at, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public ProgrammeOffice(ActorId id, String name, GovernanceLevel level) {
        this(id, name, level, null, List.of());
    }

    @Override
    public ActorSector sector() {
        return ActorSector.PUBLIC;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.PROGRAMME_OFFICE;
    }
}
