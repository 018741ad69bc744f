package org.climatecity.core.actor;

import java.util.List;
import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A municipality or city of any country, both the local authority and its territory: Borlänge ({@code se-kommun:2081},
 * {@code lau:SE:2081}), München ({@code lau:DE:09162000}, {@code locode:DE MUC}).
 *
 * <p>A Swedish municipality is identified by its kommunkod in the {@code se-kommun} namespace, see {@link #code()};
 * {@link #of(ActorId, String, MunicipalityCode)} builds one. Every identifier that implies a country must imply the
 * municipality's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the preferred name, not blank
 * @param country the country, not null
 * @param identifiers the identifiers, such as {@code se-kommun:2081}; not null, no duplicates
 * @param names further names, such as names in other languages; not null
 * @param partOf the id of the place the municipality is part of, such as its county, or null
 * @param population the population series, ordered by date; not null
 * @param location the location of the centre, or null
 * @param areaKm2 the land area in square kilometres, or null
 * @since 0.1.0
 */
public record Municipality(ActorId id, String name, CountryCode country, List<Identifier> identifiers,
        List<PlaceName> names, @Nullable ActorId partOf, List<Population> population, @Nullable Location location,
        @Nullable Double areaKm2) implements Place {

    /**
     * Creates a municipality.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param country the country, not null
     * @param identifiers the identifiers, not null
     * @param names further names, not null
     * @param partOf the enclosing place, or null
     * @param population the population series, not null
     * @param location the location, or null
     * @param areaKm2 the area, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid, an identifier implies
     *     another country, there are two Swedish codes, or the population is out of date order
     */
    public Municipality {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        Require.nonNull(country, "municipality country");
        identifiers = PlaceChecks.identifiers(identifiers, country, id);
        if (identifiers.stream().anyMatch(i -> i.namespace().equals(Identifier.SE_LAN))) {
            throw new ClimateCityException("municipality '" + id + "' must not have a county code (se-lan); name its"
                    + " county with partOf");
        }
        names = Require.list(names, "place names");
        population = PlaceChecks.population(population, id);
        PlaceChecks.rest(id, partOf, areaKm2);
    }

    /**
     * Obtains a Swedish municipality identified by its kommunkod, without population figures.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param code the municipality code, not null
     * @return the municipality
     */
    public static Municipality of(ActorId id, String name, MunicipalityCode code) {
        Require.nonNull(code, "municipality code");
        return new Municipality(id, name, CountryCode.SWEDEN, List.of(Identifier.of(code)), List.of(), null,
                List.of(), null, null);
    }

    /**
     * Obtains a municipality of any country by its identifiers, without further facts.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param country the country, not null
     * @param identifiers the identifiers, not null
     * @return the municipality
     */
    public static Municipality of(ActorId id, String name, CountryCode country, Identifier... identifiers) {
        return new Municipality(id, name, country, List.of(identifiers), List.of(), null, List.of(), null, null);
    }

    /**
     * Returns the Swedish municipality code, for a Swedish municipality identified by one.
     *
     * @return the code from the {@code se-kommun} identifier, or empty
     */
    public Optional<MunicipalityCode> code() {
        return identifier(Identifier.SE_KOMMUN).map(i -> MunicipalityCode.parse(i.value()));
    }

    /**
     * Returns the Swedish municipality code, failing for a municipality without one.
     *
     * @return the code, not null
     * @throws ClimateCityException if the municipality has no {@code se-kommun} identifier
     */
    public MunicipalityCode requireCode() {
        return code().orElseThrow(() -> new ClimateCityException("municipality '" + id
                + "' has no Swedish municipality code (se-kommun identifier)"));
    }

    /**
     * Returns the code of the Swedish county the municipality lies in, for a Swedish municipality.
     *
     * @return the county code, or empty
     */
    public Optional<CountyCode> county() {
        return code().map(MunicipalityCode::county);
    }

    /**
     * Returns a copy with the given population series.
     *
     * @param newPopulation the population counts, ordered by date, not null
     * @return the copy
     */
    public Municipality withPopulation(List<Population> newPopulation) {
        return new Municipality(id, name, country, identifiers, names, partOf, newPopulation, location, areaKm2);
    }

    /**
     * Returns a copy that is part of another place.
     *
     * @param place the enclosing place's id, or null
     * @return the copy
     */
    public Municipality withPartOf(@Nullable ActorId place) {
        return new Municipality(id, name, country, identifiers, names, place, population, location, areaKm2);
    }

    /**
     * Returns a copy with further names, such as names in other languages ({@code Helsingfors} in Swedish).
     *
     * @param newNames the further names, not null
     * @return the copy
     * @throws org.climatecity.core.ClimateCityException if the names are null or hold null
     * @since 0.1.0
     */
    public Municipality withNames(List<PlaceName> newNames) {
        return new Municipality(id, name, country, identifiers, newNames, partOf, population, location, areaKm2);
    }

    /**
     * Returns a copy with the location of its centre or seat.
     *
     * @param newLocation the location, or null for none
     * @return the copy
     * @since 0.1.0
     */
    public Municipality withLocation(@Nullable Location newLocation) {
        return new Municipality(id, name, country, identifiers, names, partOf, population, newLocation, areaKm2);
    }

    /**
     * Returns a copy with its land area.
     *
     * @param newAreaKm2 the land area in square kilometres, positive, or null for none
     * @return the copy
     * @throws org.climatecity.core.ClimateCityException if the area is not positive or not finite
     * @since 0.1.0
     */
    public Municipality withAreaKm2(@Nullable Double newAreaKm2) {
        return new Municipality(id, name, country, identifiers, names, partOf, population, location, newAreaKm2);
    }

    @Override
    public GovernanceLevel level() {
        return GovernanceLevel.LOCAL;
    }

    @Override
    public ActorSector sector() {
        return ActorSector.PUBLIC;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.MUNICIPALITY;
    }
}
