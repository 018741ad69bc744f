package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Population;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.NutsCode;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.pilot.Driver;
import org.climatecity.core.pilot.EffectEstimate;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.junit.jupiter.api.Test;

/**
 * A pilot in München scaled to Bavaria's places of a document, without Swedish reference data. The populations are
 * round illustrative figures: München 1,500,000, Ingolstadt 140,000, Augsburg 300,000.
 */
class DocumentJurisdictionsTest {

    private static final Provenance SOURCE = Provenance.illustrative("test");
    private static final CountryCode DE = CountryCode.of("DE");
    private static final Geography BAYERN = Geography.nuts(NutsCode.of("DE2"));
    private static final Geography MUENCHEN_AREA = Geography.nuts(NutsCode.of("DE212"));

    private final ProgrammeDocument document = ProgrammeDocument.builder().actors(
            region("bayern", "Bayern", "DE2", null),
            region("oberbayern", "Oberbayern", "DE21", "bayern"),
            region("schwaben", "Schwaben", "DE27", "bayern"),
            city("muenchen", "München", "09162000", "DE212", "oberbayern", 1_500_000),
            city("ingolstadt", "Ingolstadt", "09161000", "DE211", "oberbayern", 140_000),
            city("augsburg", "Augsburg", "09761000", "DE271", "schwaben", 300_000)).build();

    private final Pilot pilot = new Pilot(LocalId.of("heat-pumps"), "Heat pumps", null,
            List.of(ActorId.of("muenchen")), Driver.population(), EffectEstimate.exactly(1), SOURCE);

    @Test
    void scalesAPilotInMuenchenToTheOtherPlacesOfBavariaInTheDocument() {
        ScalingStage city = new ScalingStage(LocalId.of("muenchen"), "München", List.of(MUENCHEN_AREA), 2025,
                new AdoptionCurve.Step(0), Share.of(1), List.of(), null);
        ScalingStage bavaria = new ScalingStage(LocalId.of("bayern"), "Bayern", List.of(BAYERN), 2026,
                new AdoptionCurve.Step(0), Share.of(1), List.of(), null);
        ScalingPlan plan = new ScalingPlan(LocalId.of("plan"), pilot.id(), List.of(city, bavaria));

        ScalingProjection projection = PilotScaling.project(plan, pilot, DocumentJurisdictions.of(document), 2025,
                2026);

        assertThat(projection.stage(city.id()).jurisdictions()).extracting(Jurisdiction::id)
                .containsExactly(LocalId.of("muenchen"));
        assertThat(projection.stage(city.id()).driverTotal()).isEqualTo(1_500_000.0);
        assertThat(projection.stage(bavaria.id()).jurisdictions()).extracting(Jurisdiction::id)
                .containsExactly(LocalId.of("ingolstadt"), LocalId.of("augsburg"));
        assertThat(projection.stage(bavaria.id()).driverTotal()).isEqualTo(440_000.0);
        assertThat(projection.total(2026).central()).isEqualTo(1_940_000.0);
    }

    @Test
    void takesTheInnermostPlacesWithTheirAreaWithinTheStagesAndTheirLatestPopulation() {
        List<Jurisdiction> jurisdictions = DocumentJurisdictions.of(document).jurisdictions(
                List.of(Geography.nuts(NutsCode.of("DE21"))), Driver.population());

        assertThat(jurisdictions).containsExactly(
                new Jurisdiction(LocalId.of("muenchen"), "München", MUENCHEN_AREA, 1_500_000, SOURCE),
                new Jurisdiction(LocalId.of("ingolstadt"), "Ingolstadt", Geography.nuts(NutsCode.of("DE211")),
                        140_000, SOURCE));
    }

    @Test
    void rejectsAnAreaNoPlaceHasAndADriverOtherThanPopulation() {
        DocumentJurisdictions source = DocumentJurisdictions.of(document);

        assertThatThrownBy(() -> source.jurisdictions(List.of(Geography.nuts(NutsCode.of("DE3"))),
                Driver.population())).isInstanceOf(ClimateCityException.class)
                .hasMessage("no place of the document has the area nuts DE3");
        assertThatThrownBy(() -> source.jurisdictions(List.of(BAYERN),
                Driver.sectorEmissions(EmissionsSector.parse("gpc:waste"))))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("the document's places give only population as a driver, was sector-emissions");
    }

    private static Territory region(String id, String name, String nuts, String partOf) {
        return new Territory(ActorId.of(id), name, TerritoryKind.REGION, DE, List.of(Identifier.parse("nuts:" + nuts)),
                List.of(), partOf == null ? null : ActorId.of(partOf), List.of(), null, null);
    }

    private static Municipality city(String id, String name, String lau, String nuts, String partOf, long residents) {
        return new Municipality(ActorId.of(id), name, DE,
                List.of(Identifier.parse("lau:DE:" + lau), Identifier.parse("nuts:" + nuts)), List.of(),
                ActorId.of(partOf), List.of(Population.of(residents, LocalDate.of(2023, 12, 31), SOURCE)), null,
                null);
    }
}
