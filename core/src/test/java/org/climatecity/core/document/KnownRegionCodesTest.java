package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.actor.CountyAdministrativeBoard;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.RegionalAuthority;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.InitiativeScope;
import org.junit.jupiter.api.Test;

class KnownRegionCodesTest {

    @Test
    void reportsCodesOfActorsThatNameNoSwedishMunicipalityOrCounty() {
        ProgrammeDocument document = DocumentEdits.actors(CanonicalScenario.document(), actors -> {
            actors.add(Municipality.of(ActorId.of("nowhere"), "Nowhere", MunicipalityCode.of("2099")));
            actors.add(new RegionalAuthority(ActorId.of("region-11"), "Region 11", CountyCode.of("11")));
            actors.add(new CountyAdministrativeBoard(ActorId.of("board-02"), "Board 02", CountyCode.of("02")));
        });

        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("actors[41].identifiers[0]", "known-region-codes",
                        "municipality code must name one of Sweden's 290 municipalities, was '2099'"),
                of("actors[42].area", "known-region-codes",
                        "county code must name one of Sweden's 21 counties, was '11'"),
                of("actors[43].area", "known-region-codes",
                        "county code must name one of Sweden's 21 counties, was '02'"));
    }

    @Test
    void reportsCodesOfAreasInScopesStagesAndJurisdictions() {
        Geography unknownCounty = Geography.county(CountyCode.of("15"));
        ProgrammeDocument document = DocumentEdits.initiative(CanonicalScenario.document(), i -> {
            i.scopes.add(new InitiativeScope(CanonicalScenario.EXPANSION.plusYears(1),
                    Geography.municipality(MunicipalityCode.of("2000")), null));
            ScalingPlan plan = i.scalingPlans.get(0);
            List<ScalingStage> stages = new ArrayList<>(plan.stages());
            ScalingStage sweden = stages.get(2);
            stages.set(2, new ScalingStage(sweden.id(), sweden.name(),
                    List.of(sweden.geographies().get(0), unknownCounty), sweden.startYear(), sweden.adoption(),
                    sweden.saturationShare(), List.of(new Jurisdiction(LocalId.of("x"), "X", unknownCounty, 1,
                            Provenance.illustrative("test"))), null));
            i.scalingPlans.set(0, new ScalingPlan(plan.id(), plan.pilot(), stages));
        });

        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("initiatives[0].scopes[2].geography.code", "known-region-codes",
                        "municipality code must name one of Sweden's 290 municipalities, was '2000'"),
                of("initiatives[0].scalingPlans[0].stages[2].geographies[1].code", "known-region-codes",
                        "county code must name one of Sweden's 21 counties, was '15'"),
                of("initiatives[0].scalingPlans[0].stages[2].jurisdictions[0].geography.code",
                        "known-region-codes", "county code must name one of Sweden's 21 counties, was '15'"));
    }

    @Test
    void checksSwedishLauCodesOfPlacesAndLeavesCodesOfCountriesWithoutARegistryToTheirShape() {
        ProgrammeDocument document = DocumentEdits.actors(CanonicalScenario.document(), actors -> {
            actors.add(Municipality.of(ActorId.of("nowhere"), "Nowhere", CountryCode.SWEDEN,
                    Identifier.parse("lau:SE:2099")));
            actors.add(Municipality.of(ActorId.of("nirgendwo"), "Nirgendwo", CountryCode.of("DE"),
                    Identifier.parse("lau:DE:99999999"), Identifier.parse("nuts:DE2ZZ")));
            actors.add(new RegionalAuthority(ActorId.of("bezirk"), "Bezirk", CountryCode.of("DE"), List.of(), null,
                    Identifier.parse("iso3166-2:DE-ZZ")));
        });

        assertThat(DocumentValidation.problems(document)).containsExactly(of("actors[41].identifiers[0]",
                "known-region-codes", "municipality code must name one of Sweden's 290 municipalities, was '2099'"));
    }
}
