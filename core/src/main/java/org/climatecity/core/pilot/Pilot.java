package org.climatecity.core.pilot;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A solution tried in one or more host cities, with its measured or estimated effect per driver unit.
 *
 * <p>For a {@link DriverKind#SECTOR_EMISSIONS} driver the effect is a share of the sector's emissions, so each of its
 * estimates lies between 0 and 1. Immutable and thread-safe.
 *
 * @param id the pilot's id, not null
 * @param name the name, not blank
 * @param description what is piloted, or null
 * @param hostCities the cities hosting the pilot, at least one, no repeats
 * @param driver what the effect scales with, not null
 * @param effectPerUnit the yearly effect per driver unit, not null
 * @param provenance where the effect figure comes from, not null
 * @since 0.1.0
 */
public record Pilot(LocalId id, String name, @Nullable String description, List<ActorId> hostCities, Driver driver,
        EffectEstimate effectPerUnit, Provenance provenance) {

    /**
     * Creates a pilot.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param description the description, or null
     * @param hostCities the host cities, at least one
     * @param driver the driver, not null
     * @param effectPerUnit the effect, not null
     * @param provenance the source of the effect, not null
     * @throws ClimateCityException if a component is missing or out of range
     */
    public Pilot {
        Require.nonNull(id, "pilot id");
        name = Require.text(name, "pilot name");
        description = Require.optionalText(description, "pilot description");
        hostCities = Require.distinctList(hostCities, "host cities");
        Require.that(!hostCities.isEmpty(), "host cities must name at least one city, was empty");
        Require.nonNull(driver, "driver");
        Require.nonNull(effectPerUnit, "effect per unit");
        Require.nonNull(provenance, "provenance");
        if (driver.kind() == DriverKind.SECTOR_EMISSIONS && effectPerUnit.high() > 1) {
            throw new ClimateCityException("effect on a sector's emissions must be a share from 0 to 1, was "
                    + effectPerUnit.high());
        }
    }

    /**
     * Obtains a pilot without description.
     *
     * @param id the pilot's id, not null
     * @param name the name, not blank
     * @param driver what its effect is measured per, not null
     * @param effectPerUnit the effect per unit of the driver, not null
     * @param provenance where the effect comes from, not null
     * @param hostCities the cities it runs in, at least one, no repeats
     * @return the pilot
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public static Pilot of(LocalId id, String name, Driver driver, EffectEstimate effectPerUnit,
            Provenance provenance, ActorId... hostCities) {
        return new Pilot(id, name, null, List.of(hostCities), driver, effectPerUnit, provenance);
    }

    /**
     * Returns a copy with a description of what is piloted.
     *
     * @param newDescription the description, not blank, or null for none
     * @return the copy
     * @throws ClimateCityException if the description is blank
     * @since 0.1.0
     */
    public Pilot withDescription(@Nullable String newDescription) {
        return new Pilot(id, name, newDescription, hostCities, driver, effectPerUnit, provenance);
    }
}
