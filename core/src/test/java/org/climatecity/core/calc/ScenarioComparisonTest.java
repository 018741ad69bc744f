package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionEffect;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.common.YearEstimate;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.scenario.ProjectedEmissions;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.core.scenario.ScenarioKind;
import org.climatecity.core.time.YearRange;
import org.junit.jupiter.api.Test;

class ScenarioComparisonTest {

    private static final ActorId OWNER = ActorId.of("borlange");
    private static final LocalId TARGET = LocalId.of("neutral-2030");
    /** 100 in 2020 to 0 in 2030: 50 in 2025. */
    private static final ScenarioComparison.TargetLine PATH = new ScenarioComparison.TargetLine(TARGET, "Neutral",
            TargetPaths.linear(2020, 100, 2030, 0));

    private static Scenario scenario(String id, ScenarioKind kind, ProjectedEmissions... projections) {
        Scenario.Builder builder = Scenario.builder(LocalId.of(id), id, OWNER, kind, 2020, Boundary.TERRITORIAL);
        for (ProjectedEmissions projection : projections) {
            builder.projection(projection);
        }
        return builder.build();
    }

    @Test
    void givesGapsToTheTargetPathAndTheYearEachLineReachesIt() {
        Scenario bau = scenario("bau", ScenarioKind.BUSINESS_AS_USUAL,
                new ProjectedEmissions(2025, null, 40, 50, 60), new ProjectedEmissions(2030, null, 20, 30, 40));
        Scenario wam = scenario("wam", ScenarioKind.WITH_ADDITIONAL_MEASURES,
                new ProjectedEmissions(2025, null, 30, 45, 55), new ProjectedEmissions(2030, null, 0, 10, 25));

        ScenarioComparison comparison = ScenarioComparison.of(List.of(bau, wam), List.of(PATH), List.of());

        assertThat(comparison.baseline()).isEqualTo(bau.id());
        assertThat(comparison.gaps()).filteredOn(g -> g.scenario().equals(bau.id())).extracting(g -> g.gap())
                .containsExactly(new YearEstimate(2025, -10, 0, 10), new YearEstimate(2030, 20, 30, 40));
        assertThat(comparison.crossings()).containsExactly(
                new ScenarioComparison.Crossing(bau.id(), TARGET, 2025, 2025, null),
                new ScenarioComparison.Crossing(wam.id(), TARGET, 2025, 2025, null));
        assertThat(comparison.years()).filteredOn(y -> y.scenario().equals(wam.id()))
                .extracting(ScenarioComparison.ScenarioYear::belowBaseline)
                .containsExactly(new YearEstimate(2025, 5, 5, 10), new YearEstimate(2030, 15, 20, 20));
    }

    @Test
    void givesTheShareOfTheGapThePlanClosesWithOverlapsTakenOut() {
        Scenario bau = scenario("bau", ScenarioKind.BUSINESS_AS_USUAL,
                ProjectedEmissions.exactly(2030, SwedishMainSector.DOMESTIC_TRANSPORT, 30));
        List<Action> twoOnOneSector = List.of(action("a", 0.5), action("b", 0.5));

        ScenarioComparison comparison = ScenarioComparison.of(List.of(bau), List.of(PATH), twoOnOneSector);

        // gap 30 - 0; the two halves cut 15 + 7.5, not 30
        ScenarioComparison.PlanGap gap = comparison.plan().get(0);
        assertThat(gap.gap()).isEqualTo(30);
        assertThat(gap.reduction().central()).isEqualTo(22.5);
        assertThat(gap.closedShare()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void comparesTheCanonicalScenariosOfBorlangeWithItsOwnTarget() {
        ProgrammeDocument document = CanonicalScenario.document();

        ScenarioComparison comparison = ScenarioComparison.of(document, CanonicalScenario.BORLANGE);

        assertThat(comparison.baseline()).isEqualTo(CanonicalScenario.SCENARIO_BAU);
        assertThat(comparison.targets()).extracting(ScenarioComparison.TargetLine::target)
                .containsExactly(CanonicalScenario.BORLANGE_TARGET);
        ScenarioComparison.PlanGap in2030 = comparison.plan().stream().filter(p -> p.year() == 2030).findFirst()
                .orElseThrow();
        Scenario bau = document.scenarios().get(0);
        double transport = bau.projection(2030, SwedishMainSector.DOMESTIC_TRANSPORT).orElseThrow().central();
        double heating = bau.projection(2030, SwedishMainSector.ELECTRICITY_AND_DISTRICT_HEATING).orElseThrow()
                .central();
        // heavy transport 8,000 plus charging 900 on top of it; housing 5 % of electricity and district heating
        assertThat(in2030.reduction().central()).isCloseTo(Math.min(transport, 8_000 + 900) + heating * 0.05,
                within(1e-6));
        assertThat(comparison.notes()).isEmpty();
        assertThat(ScenarioComparison.of(document, ActorId.of("avesta")).scenarios()).isEmpty();
    }

    private static Action action(String id, double share) {
        return Action.builder(LocalId.of(id), id, FieldOfAction.MOBILITY_AND_TRANSPORT, OWNER,
                YearRange.of(2025, 2030)).effect(ActionEffect.shareOfRemaining(
                        SwedishMainSector.DOMESTIC_TRANSPORT, YearEstimate.exactly(2025, share))).build();
    }
}
