package org.climatecity.core.calc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Place;
import org.climatecity.core.actor.Population;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.NutsCode;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.pilot.Driver;
import org.climatecity.core.pilot.DriverKind;
import org.climatecity.core.pilot.Jurisdiction;

/**
 * Supplies the jurisdictions of a scaling stage from the places of a document rather than from reference data, so
 * that a pilot in any country scales to the places the document describes: a pilot in München to the places of
 * Bavaria.
 *
 * <p>For each area of a stage, the source finds the places of the document that have it as an area (by a Swedish
 * code, a LAU or NUTS code, or as a country), and takes as jurisdictions the innermost places that are part of them,
 * following {@code partOf}, or the place itself when nothing is part of it. Each jurisdiction's area is the first of
 * the place's areas that the stage's area contains (its LAU code, else a NUTS code that lies within the stage's NUTS
 * region), and its driver value is the place's latest population count. Only the {@link DriverKind#POPULATION
 * population} driver is supplied. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DocumentJurisdictions implements JurisdictionSource {

    private final List<Place> places;
    private final Map<ActorId, List<Place>> parts;

    private DocumentJurisdictions(List<Place> places) {
        this.places = List.copyOf(places);
        Map<ActorId, List<Place>> byWhole = new HashMap<>();
        for (Place place : places) {
            if (place.partOf() != null) {
                byWhole.computeIfAbsent(place.partOf(), id -> new ArrayList<>()).add(place);
            }
        }
        this.parts = byWhole;
    }

    /**
     * Obtains the source of a document's places.
     *
     * @param document the document, not null
     * @return the source
     */
    public static DocumentJurisdictions of(ProgrammeDocument document) {
        Require.nonNull(document, "document");
        List<Place> places = new ArrayList<>();
        for (Actor actor : document.actors()) {
            if (actor instanceof Place place) {
                places.add(place);
            }
        }
        return new DocumentJurisdictions(places);
    }

    /**
     * Returns the innermost places of the document within the areas, with their latest population.
     *
     * @param geographies the areas of a stage, not null, not empty
     * @param driver the pilot's driver, not null; only population is supplied
     * @return the jurisdictions, in the order of the areas and then of the document's places
     * @throws ClimateCityException if the driver is not population, no place of the document has an area, or a place
     *     within one has no population or no area that the stage's area contains
     */
    @Override
    public List<Jurisdiction> jurisdictions(List<Geography> geographies, Driver driver) {
        Require.nonNull(geographies, "geographies");
        Require.nonNull(driver, "driver");
        if (driver.kind() != DriverKind.POPULATION) {
            throw new ClimateCityException("the document's places give only population as a driver, was "
                    + Texts.word(driver.kind()));
        }
        Set<Place> innermost = new LinkedHashSet<>();
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        for (Geography geography : geographies) {
            List<Place> roots = places.stream().filter(p -> p.areas().contains(geography)).toList();
            if (roots.isEmpty()) {
                throw new ClimateCityException("no place of the document has the area "
                        + describe(geography));
            }
            for (Place root : roots) {
                for (Place place : innermost(root, new LinkedHashSet<>())) {
                    if (innermost.add(place)) {
                        jurisdictions.add(jurisdiction(place, geography));
                    }
                }
            }
        }
        return jurisdictions;
    }

    /** Returns the innermost places part of a place, or the place itself; a cycle of parts is not followed twice. */
    private Set<Place> innermost(Place place, Set<ActorId> seen) {
        Set<Place> result = new LinkedHashSet<>();
        List<Place> inner = parts.getOrDefault(place.id(), List.of());
        if (inner.isEmpty() || !seen.add(place.id())) {
            result.add(place);
            return result;
        }
        for (Place part : inner) {
            result.addAll(innermost(part, seen));
        }
        return result;
    }

    private static Jurisdiction jurisdiction(Place place, Geography stageArea) {
        Geography area = place.areas().stream().filter(stageArea::contains).findFirst()
                .orElseThrow(() -> new ClimateCityException("place '" + place.id() + "' lies in " + describe(stageArea)
                        + " by partOf, but none of its identifiers names an area within it"));
        Optional<Population> population = place.latestPopulation();
        if (population.isEmpty()) {
            throw new ClimateCityException("place '" + place.id() + "' has no population");
        }
        Provenance provenance = population.get().provenance() != null ? population.get().provenance()
                : Provenance.illustrative("population of '" + place.id() + "' without a stated source");
        return new Jurisdiction(LocalId.of(place.id().toString()), place.name(), area,
                population.get().residents(), provenance);
    }

    /** Returns an area's kind and code, such as {@code nuts DE2}. */
    private static String describe(Geography area) {
        String code;
        if (area instanceof Geography.MunicipalityArea m) {
            code = m.code().toString();
        } else if (area instanceof Geography.CountyArea c) {
            code = c.code().toString();
        } else if (area instanceof Geography.LauArea l) {
            code = l.code().toString();
        } else if (area instanceof Geography.NutsArea n) {
            code = n.code().toString();
        } else if (area instanceof Geography.CountryArea c) {
            code = c.code().toString();
        } else {
            code = ((Geography.CountryGroupArea) area).name();
        }
        return area.typeName() + " " + code;
    }
}
