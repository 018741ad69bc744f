package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.NutsCode;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.junit.jupiter.api.Test;

/** A LAU lies in a NUTS region when the document's places say so, by their own codes or by {@code partOf}. */
class DocumentGeographyTest {

    private static final CountryCode DE = CountryCode.of("DE");
    private static final Geography BAYERN = Geography.nuts(NutsCode.of("DE2"));
    private static final Geography BADEN_WUERTTEMBERG = Geography.nuts(NutsCode.of("DE1"));
    private static final Geography MUENCHEN = Geography.lau(LauCode.parse("DE:09162000"));
    private static final Geography AUGSBURG = Geography.lau(LauCode.parse("DE:09761000"));
    private static final Geography STUTTGART = Geography.lau(LauCode.parse("DE:08111000"));

    private final ProgrammeDocument document = ProgrammeDocument.builder().actors(
            region("bayern", "DE2", null),
            region("schwaben", "DE27", "bayern"),
            // München names its NUTS region itself; Augsburg only by being part of Schwaben
            city("muenchen", List.of("lau:DE:09162000", "nuts:DE212"), null),
            city("augsburg", List.of("lau:DE:09761000"), "schwaben"),
            city("stuttgart", List.of("lau:DE:08111000"), null)).build();

    @Test
    void theCodesAloneDoNotPlaceALauInANutsRegion() {
        assertThat(BAYERN.contains(MUENCHEN)).isFalse();
        assertThat(BAYERN.contains(AUGSBURG)).isFalse();
    }

    @Test
    void aPlaceThatNamesBothCodesOrIsPartOfARegionPlacesItsLau() {
        DocumentGeography geography = DocumentGeography.of(document);

        assertThat(geography.contains(BAYERN, MUENCHEN)).isTrue();
        assertThat(geography.contains(BAYERN, AUGSBURG)).isTrue();
        assertThat(geography.contains(Geography.nuts(NutsCode.of("DE27")), AUGSBURG)).isTrue();
        assertThat(geography.contains(Geography.country(DE), AUGSBURG)).isTrue();
    }

    @Test
    void placesNothingTheDocumentDoesNotSay() {
        DocumentGeography geography = DocumentGeography.of(document);

        assertThat(geography.contains(BADEN_WUERTTEMBERG, MUENCHEN)).isFalse();
        assertThat(geography.contains(Geography.nuts(NutsCode.of("DE21")), AUGSBURG)).isFalse();
        // Stuttgart is in the document but names no region and is part of none
        assertThat(geography.contains(BADEN_WUERTTEMBERG, STUTTGART)).isFalse();
        assertThat(geography.contains(BAYERN, Geography.lau(LauCode.parse("DE:09161000")))).isFalse();
    }

    @Test
    void followsACycleOfPartsOnlyOnce() {
        ProgrammeDocument cycle = ProgrammeDocument.builder().actors(
                city("a", List.of("lau:DE:00000001"), "b"),
                city("b", List.of("lau:DE:00000002"), "a")).build();

        assertThat(DocumentGeography.of(cycle).contains(BAYERN, Geography.lau(LauCode.parse("DE:00000001"))))
                .isFalse();
    }

    @Test
    void aScalingPlanFromAPilotCityToItsRegionIsNestedWhenTheDocumentPlacesTheCity() {
        assertThat(DocumentValidation.problems(withStages(MUENCHEN, BAYERN))).isEmpty();
        assertThat(DocumentValidation.problems(withStages(STUTTGART, BAYERN))).containsExactly(
                of("initiatives[0].scalingPlans[0].stages[1].geographies", "nested-scaling-stages",
                        "geographies of stage 'second' must cover those of the previous stage 'first'"));
    }

    /** The canonical document with the German places and a scaling plan of two stages over the given areas. */
    private ProgrammeDocument withStages(Geography first, Geography second) {
        ProgrammeDocument withPlaces = DocumentEdits.actors(CanonicalScenario.document(),
                actors -> actors.addAll(document.actors()));
        return DocumentEdits.initiative(withPlaces, i -> {
            ScalingPlan plan = i.scalingPlans.get(0);
            ScalingStage a = plan.stages().get(0);
            ScalingStage b = plan.stages().get(1);
            List<ScalingStage> stages = new ArrayList<>();
            stages.add(new ScalingStage(LocalId.of("first"), "First", List.of(first),
                    a.startYear(), a.adoption(), a.saturationShare(), List.of(), null));
            stages.add(new ScalingStage(LocalId.of("second"), "Second", List.of(second),
                    b.startYear(), b.adoption(), b.saturationShare(), List.of(), null));
            i.scalingPlans.set(0, new ScalingPlan(plan.id(), plan.pilot(), stages));
        });
    }

    private static Territory region(String id, String nuts, String partOf) {
        return new Territory(ActorId.of(id), id, TerritoryKind.REGION, DE, List.of(Identifier.parse("nuts:" + nuts)),
                List.of(), partOf == null ? null : ActorId.of(partOf), List.of(), null, null);
    }

    private static Municipality city(String id, List<String> identifiers, String partOf) {
        return new Municipality(ActorId.of(id), id, DE, identifiers.stream().map(Identifier::parse).toList(),
                List.of(), partOf == null ? null : ActorId.of(partOf), List.of(), null, null);
    }
}
