package org.climatecity.core.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.id.NutsCode;
import org.jspecify.annotations.Nullable;

/**
 * An actor that is also a territory: a {@link Municipality} of any country, or a {@link Territory} such as a county,
 * a region, a country or a group of countries. Emissions inventories and targets can belong to a place as well as to
 * an organisation: Dalarna the county (a territory) and Region Dalarna (a {@link RegionalAuthority}) are different
 * actors.
 *
 * <p>Like OpenClimate, the model treats places as actors, so that every reference to "whose inventory, whose target"
 * is one kind of id. A place has identifiers in namespaces (LAU, NUTS, UN/LOCODE, ISO 3166, national codes, see
 * {@link Identifier}), names in other languages, the place it is part of, a population series, and optionally a
 * location and an area. All implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Place extends Actor permits Municipality, Territory {

    /**
     * Returns the country the place lies in.
     *
     * @return the country, or null for a group of countries
     */
    @Nullable CountryCode country();

    /**
     * Returns the place's identifiers, in the order given.
     *
     * @return the identifiers, not null, no duplicates
     */
    List<Identifier> identifiers();

    /**
     * Returns the place's names beside {@link #name()}, such as its names in other languages.
     *
     * @return the names, not null
     */
    List<PlaceName> names();

    /**
     * Returns the id of the place this one is part of, such as a municipality's county.
     *
     * @return the id of the enclosing place, or null
     */
    @Nullable ActorId partOf();

    /**
     * Returns the population series, ordered by date.
     *
     * @return the counts, not null
     */
    List<Population> population();

    /**
     * Returns the location of the place's centre or seat.
     *
     * @return the location, or null when not given
     */
    @Nullable Location location();

    /**
     * Returns the land area in square kilometres.
     *
     * @return the area, or null when not given
     */
    @Nullable Double areaKm2();

    /**
     * Returns the place's first identifier in a namespace.
     *
     * @param namespace the namespace, such as {@link Identifier#LAU}, not null
     * @return the identifier, or empty
     */
    default Optional<Identifier> identifier(String namespace) {
        for (Identifier identifier : identifiers()) {
            if (identifier.namespace().equals(namespace)) {
                return Optional.of(identifier);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the area its identifiers name, for use in scopes and scaling stages: the area of its Swedish
     * municipality or county code, else of its LAU code, else of its NUTS region, else, for a country, the country.
     *
     * @return the area, or empty when no identifier names one
     */
    default Optional<Geography> area() {
        Geography lau = null;
        Geography nuts = null;
        for (Identifier identifier : identifiers()) {
            switch (identifier.namespace()) {
                case Identifier.SE_KOMMUN -> {
                    return Optional.of(Geography.municipality(MunicipalityCode.parse(identifier.value())));
                }
                case Identifier.SE_LAN -> {
                    return Optional.of(Geography.county(CountyCode.parse(identifier.value())));
                }
                case Identifier.LAU -> lau = lau != null ? lau : Geography.lau(LauCode.parse(identifier.value()));
                case Identifier.NUTS -> {
                    NutsCode code = NutsCode.parse(identifier.value());
                    if (nuts == null && code.level() > 0) {
                        nuts = Geography.nuts(code);
                    }
                }
                default -> {
                    // other namespaces name no area the model can compare
                }
            }
        }
        if (lau != null) {
            return Optional.of(lau);
        }
        if (nuts != null) {
            return Optional.of(nuts);
        }
        if (this instanceof Territory t && t.territoryKind() == TerritoryKind.COUNTRY && t.country() != null) {
            return Optional.of(Geography.country(t.country()));
        }
        return Optional.empty();
    }

    /**
     * Returns every area its identifiers name: {@link #area()} first, then the areas of its other LAU codes and NUTS
     * regions (of level 1 to 3). München, with {@code lau:DE:09162000} and {@code nuts:DE212}, has both areas, so a
     * scaling stage over Oberbayern ({@code nuts:DE21}) is known to contain it.
     *
     * @return the areas, not null, no duplicates, empty when no identifier names one
     * @since 0.1.0
     */
    default List<Geography> areas() {
        List<Geography> areas = new ArrayList<>();
        area().ifPresent(areas::add);
        for (Identifier identifier : identifiers()) {
            Geography other = switch (identifier.namespace()) {
                case Identifier.LAU -> Geography.lau(LauCode.parse(identifier.value()));
                case Identifier.NUTS -> {
                    NutsCode code = NutsCode.parse(identifier.value());
                    yield code.level() > 0 ? Geography.nuts(code) : null;
                }
                default -> null;
            };
            if (other != null && !areas.contains(other)) {
                areas.add(other);
            }
        }
        return List.copyOf(areas);
    }

    /**
     * Returns the most recent population count.
     *
     * @return the latest count, or empty when there is none
     */
    default Optional<Population> latestPopulation() {
        List<Population> series = population();
        return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
    }

    /**
     * Returns the last population count of a year.
     *
     * @param year the year of the count
     * @return the count dated in that year, or empty
     */
    default Optional<Population> populationIn(int year) {
        List<Population> series = population();
        for (int i = series.size() - 1; i >= 0; i--) {
            if (series.get(i).asOf().getYear() == year) {
                return Optional.of(series.get(i));
            }
        }
        return Optional.empty();
    }
}
