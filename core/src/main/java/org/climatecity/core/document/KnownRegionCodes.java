package org.climatecity.core.document;

import java.util.List;
import java.util.Optional;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.CountyAdministrativeBoard;
import org.climatecity.core.actor.Place;
import org.climatecity.core.actor.RegionalAuthority;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.InitiativeScope;
import org.climatecity.core.registry.RegionRegistry;

/**
 * Checks that every region code in the document names a region that exists, asking the {@link RegionRegistry} of
 * the code's country: the identifiers of places and the areas regional authorities and county administrative boards
 * serve, and the codes of municipality, county and LAU areas in initiative scopes, scaling stages and their
 * jurisdictions. Sweden's registry ({@link org.climatecity.core.registry.SwedishRegions}) knows its 290 municipalities
 * and 21 counties; codes of a country without a registry are checked for shape only, when they are created.
 *
 * <p>Reported at the code: at {@code actors[41].identifiers[0]},
 * {@code municipality code must name one of Sweden's 290 municipalities, was '2099'}; at
 * {@code initiatives[0].scopes[1].geography.code} for an area.
 *
 * <p>Code {@code known-region-codes}.
 */
final class KnownRegionCodes implements Rule {

    @Override
    public String code() {
        return "known-region-codes";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        List<Actor> actors = document.actors();
        for (int a = 0; a < actors.size(); a++) {
            PropertyPath path = PropertyPath.of("actors", a);
            Actor actor = actors.get(a);
            if (actor instanceof Place place) {
                List<Identifier> identifiers = place.identifiers();
                for (int i = 0; i < identifiers.size(); i++) {
                    identifier(identifiers.get(i), path.element("identifiers", i), violations);
                }
            } else if (actor instanceof RegionalAuthority r && r.area() != null) {
                identifier(r.area(), path.property("area"), violations);
            } else if (actor instanceof CountyAdministrativeBoard b && b.area() != null) {
                identifier(b.area(), path.property("area"), violations);
            }
        }
        List<Initiative> initiatives = document.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            PropertyPath path = PropertyPath.of("initiatives", i);
            List<InitiativeScope> scopes = initiatives.get(i).scopes();
            for (int s = 0; s < scopes.size(); s++) {
                geography(scopes.get(s).geography(), path.element("scopes", s).property("geography"), violations);
            }
            List<ScalingPlan> plans = initiatives.get(i).scalingPlans();
            for (int p = 0; p < plans.size(); p++) {
                List<ScalingStage> stages = plans.get(p).stages();
                for (int s = 0; s < stages.size(); s++) {
                    PropertyPath stage = path.element("scalingPlans", p).element("stages", s);
                    List<Geography> geographies = stages.get(s).geographies();
                    for (int g = 0; g < geographies.size(); g++) {
                        geography(geographies.get(g), stage.element("geographies", g), violations);
                    }
                    for (int j = 0; j < stages.get(s).jurisdictions().size(); j++) {
                        geography(stages.get(s).jurisdictions().get(j).geography(),
                                stage.element("jurisdictions", j).property("geography"), violations);
                    }
                }
            }
        }
    }

    private static void identifier(Identifier identifier, PropertyPath path, Violations violations) {
        Optional<CountryCode> country = identifier.country();
        if (country.isPresent()) {
            Optional<String> problem = RegionRegistry.of(country.get()).flatMap(r -> r.problem(identifier));
            if (problem.isPresent()) {
                violations.add(path, problem.get());
            }
        }
    }

    private static void geography(Geography geography, PropertyPath path, Violations violations) {
        Identifier code = null;
        if (geography instanceof Geography.MunicipalityArea m) {
            code = Identifier.of(m.code());
        } else if (geography instanceof Geography.CountyArea c) {
            code = Identifier.of(c.code());
        } else if (geography instanceof Geography.LauArea lau) {
            code = Identifier.of(lau.code());
        }
        if (code != null) {
            identifier(code, path.property("code"), violations);
        }
    }
}
