package org.climatecity.core.document;

import java.util.List;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.CountyAdministrativeBoard;
import org.climatecity.core.actor.Place;
import org.climatecity.core.actor.RegionalAuthority;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.InitiativeScope;
import org.climatecity.core.registry.SwedishRegions;

/**
 * Checks that every Swedish municipality code and county code in the document names one of the 290
 * municipalities or 21 counties of the {@link org.climatecity.core.registry.SwedishRegions registry}: the
 * {@code se-kommun} and {@code se-lan} identifiers of places, the counties of regional authorities and county
 * administrative boards, and the codes of municipality, county and Swedish LAU areas in initiative scopes, scaling
 * stages and their jurisdictions.
 *
 * <p>Reported at the code: at {@code actors[41].identifiers[0]},
 * {@code municipality code must name one of Sweden's 290 municipalities, was '2099'}; at
 * {@code initiatives[0].scopes[1].geography.code} for an area.
 *
 * <p>Code {@code known-region-codes}.
 */
final class KnownRegionCodes implements Rule {

    private final SwedishRegions regions = SwedishRegions.get();

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
            } else if (actor instanceof RegionalAuthority r) {
                county(r.county(), path.property("county"), violations);
            } else if (actor instanceof CountyAdministrativeBoard b) {
                county(b.county(), path.property("county"), violations);
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

    private void identifier(Identifier identifier, PropertyPath path, Violations violations) {
        if (identifier.namespace().equals(Identifier.SE_KOMMUN)) {
            municipality(MunicipalityCode.parse(identifier.value()), path, violations);
        } else if (identifier.namespace().equals(Identifier.SE_LAN)) {
            county(CountyCode.parse(identifier.value()), path, violations);
        }
    }

    private void geography(Geography geography, PropertyPath path, Violations violations) {
        if (geography instanceof Geography.MunicipalityArea m) {
            municipality(m.code(), path.property("code"), violations);
        } else if (geography instanceof Geography.CountyArea c) {
            county(c.code(), path.property("code"), violations);
        } else if (geography instanceof Geography.LauArea lau && lau.code().country().equals(CountryCode.SWEDEN)) {
            municipality(MunicipalityCode.parse(lau.code().code()), path.property("code"), violations);
        }
    }

    private void municipality(MunicipalityCode code, PropertyPath path, Violations violations) {
        if (regions.municipality(code).isEmpty()) {
            violations.add(path, "municipality code must name one of Sweden's 290 municipalities, was '" + code
                    + "'");
        }
    }

    private void county(CountyCode code, PropertyPath path, Violations violations) {
        if (regions.county(code).isEmpty()) {
            violations.add(path, "county code must name one of Sweden's 21 counties, was '" + code + "'");
        }
    }
}
