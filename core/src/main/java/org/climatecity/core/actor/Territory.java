package org.climatecity.core.actor;

import java.util.List;
import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A territory above the municipality: a region, a county, a country or a group of countries, such as Dalarna the
 * county ({@code se-lan:20}, {@code nuts:SE312}), Sweden ({@code iso3166-1:SE}) or the EU-27. Inventories and targets
 * of the territory belong to it, not to the authority that governs it (Region Dalarna is a {@link RegionalAuthority}).
 *
 * <p>A group of countries has no country; every other territory has one, and every identifier that implies a country
 * must imply it. A country's country is itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the preferred name, not blank
 * @param territoryKind the kind of territory, not null
 * @param country the country, or null exactly for a group of countries
 * @param identifiers the identifiers, such as {@code nuts:SE312}; not null, no duplicates
 * @param names further names, such as names in other languages; not null
 * @param partOf the id of the place the territory is part of, such as a county's country, or null
 * @param population the population series, ordered by date; not null
 * @param location the location of the centre or seat, or null
 * @param areaKm2 the land area in square kilometres, or null
 * @since 0.1.0
 */
public record Territory(ActorId id, String name, TerritoryKind territoryKind, @Nullable CountryCode country,
        List<Identifier> identifiers, List<PlaceName> names, @Nullable ActorId partOf, List<Population> population,
        @Nullable Location location, @Nullable Double areaKm2) implements Place {

    /**
     * Creates a territory.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param territoryKind the kind, not null
     * @param country the country, or null for a group of countries
     * @param identifiers the identifiers, not null
     * @param names further names, not null
     * @param partOf the enclosing place, or null
     * @param population the population series, not null
     * @param location the location, or null
     * @param areaKm2 the area, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid, the country is given
     *     for a group or missing for another kind, an identifier implies another country, or the population is out
     *     of date order
     */
    public Territory {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        Require.nonNull(territoryKind, "territory kind");
        if (territoryKind == TerritoryKind.COUNTRY_GROUP) {
            if (country != null) {
                throw new ClimateCityException("territory '" + id + "' is a group of countries and must not have a"
                        + " country, was " + country);
            }
        } else {
            if (country == null) {
                throw new ClimateCityException("territory '" + id + "' must have a country unless it is a group of"
                        + " countries");
            }
        }
        identifiers = PlaceChecks.identifiers(identifiers, country, id);
        if (identifiers.stream().anyMatch(i -> i.namespace().equals(Identifier.SE_KOMMUN))) {
            throw new ClimateCityException("territory '" + id + "' must not have a municipality code (se-kommun); a"
                    + " municipality is a Municipality");
        }
        names = Require.list(names, "place names");
        population = PlaceChecks.population(population, id);
        PlaceChecks.rest(id, partOf, areaKm2);
    }

    /**
     * Obtains a territory by its identifiers, without further facts.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param territoryKind the kind, not null
     * @param country the country, or null for a group of countries
     * @param identifiers the identifiers, not null
     * @return the territory
     */
    public static Territory of(ActorId id, String name, TerritoryKind territoryKind, @Nullable CountryCode country,
            Identifier... identifiers) {
        return new Territory(id, name, territoryKind, country, List.of(identifiers), List.of(), null, List.of(), null,
                null);
    }

    /**
     * Returns the Swedish county code, for a Swedish county identified by one.
     *
     * @return the code from the {@code se-lan} identifier, or empty
     */
    public Optional<CountyCode> countyCode() {
        return identifier(Identifier.SE_LAN).map(i -> CountyCode.parse(i.value()));
    }

    /**
     * Returns a copy with the given population series.
     *
     * @param newPopulation the population counts, ordered by date, not null
     * @return the copy
     */
    public Territory withPopulation(List<Population> newPopulation) {
        return new Territory(id, name, territoryKind, country, identifiers, names, partOf, newPopulation, location,
                areaKm2);
    }

    /**
     * Returns a copy that is part of another place.
     *
     * @param place the enclosing place's id, or null
     * @return the copy
     */
    public Territory withPartOf(@Nullable ActorId place) {
        return new Territory(id, name, territoryKind, country, identifiers, names, place, population, location,
                areaKm2);
    }

    /**
     * Returns a copy with further names, such as names in other languages ({@code Helsingfors} in Swedish).
     *
     * @param newNames the further names, not null
     * @return the copy
     * @throws org.climatecity.core.ClimateCityException if the names are null or hold null
     * @since 0.1.0
     */
    public Territory withNames(List<PlaceName> newNames) {
        return new Territory(id, name, territoryKind, country, identifiers, newNames, partOf, population, location,
                areaKm2);
    }

    /**
     * Returns a copy with the location of its centre or seat.
     *
     * @param newLocation the location, or null for none
     * @return the copy
     * @since 0.1.0
     */
    public Territory withLocation(@Nullable Location newLocation) {
        return new Territory(id, name, territoryKind, country, identifiers, names, partOf, population, newLocation,
                areaKm2);
    }

    /**
     * Returns a copy with its land area.
     *
     * @param newAreaKm2 the land area in square kilometres, positive, or null for none
     * @return the copy
     * @throws org.climatecity.core.ClimateCityException if the area is not positive or not finite
     * @since 0.1.0
     */
    public Territory withAreaKm2(@Nullable Double newAreaKm2) {
        return new Territory(id, name, territoryKind, country, identifiers, names, partOf, population, location,
                newAreaKm2);
    }

    @Override
    public GovernanceLevel level() {
        return territoryKind.level();
    }

    /**
     * Returns {@link ActorSector#PUBLIC}: a territory's figures are public statistics of a public jurisdiction.
     *
     * @return the public sector
     */
    @Override
    public ActorSector sector() {
        return ActorSector.PUBLIC;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.TERRITORY;
    }
}
