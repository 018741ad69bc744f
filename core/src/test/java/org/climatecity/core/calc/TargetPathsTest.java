package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Share;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.Milestone;
import org.climatecity.core.targets.PathwayShape;
import org.climatecity.core.targets.TargetKind;
import org.junit.jupiter.api.Test;

class TargetPathsTest {

    @Test
    void linearPathChangesByTheSameAmountEachYear() {
        EmissionsProjection path = TargetPaths.linear(2020, 100, 2024, 20);
        assertThat(path.kind()).isEqualTo(ProjectionKind.TARGET_PATH);
        assertThat(path.firstYear()).isEqualTo(2020);
        assertThat(path.toArray()).containsExactly(new double[] {100, 80, 60, 40, 20}, within(1e-12));
    }

    @Test
    void exponentialPathMatchesTheClosedForm() {
        EmissionsProjection path = TargetPaths.exponential(2020, 1000, 2030, 100);
        for (int year = 2020; year <= 2030; year++) {
            assertThat(path.valueIn(year)).isCloseTo(1000 * Math.pow(0.1, (year - 2020) / 10.0), within(1e-9));
        }
    }

    @Test
    void exponentialPathToZeroAimsAtOnePercentAndEndsAtZero() {
        EmissionsProjection path = TargetPaths.exponential(2020, 1000, 2030, 0);
        assertThat(path.valueIn(2025)).isCloseTo(1000 * Math.pow(0.01, 0.5), within(1e-9));
        assertThat(path.valueIn(2029)).isCloseTo(1000 * Math.pow(0.01, 0.9), within(1e-9));
        assertThat(path.valueIn(2030)).isEqualTo(0.0);
    }

    @Test
    void exponentialPathFromZeroToZeroStaysAtZero() {
        assertThat(TargetPaths.exponential(2020, 0, 2022, 0).toArray()).containsExactly(0, 0, 0);
    }

    @Test
    void rejectsAnExponentialPathRisingFromZero() {
        assertThatThrownBy(() -> TargetPaths.exponential(2020, 0, 2030, 5)).isInstanceOf(ClimateCityException.class)
                .hasMessage("exponential path cannot rise from zero, was 0 in 2020 and 5.0 in 2030");
    }

    @Test
    void rejectsWaypointsOutOfOrder() {
        assertThatThrownBy(() -> TargetPaths.linear(2030, 1, 2020, 0)).isInstanceOf(ClimateCityException.class)
                .hasMessage("path waypoints must be in strictly ascending years, was 2020 after 2030");
    }

    @Test
    void rejectsNegativeValues() {
        assertThatThrownBy(() -> TargetPaths.linear(2020, -1, 2030, 0)).isInstanceOf(ClimateCityException.class)
                .hasMessage("path value in 2020 must not be negative, was -1.0");
    }

    @Test
    void relativeTargetWithMilestoneIsPiecewiseAndMeetsEachWaypoint() {
        ClimateTarget target = target(new TargetKind.RelativeReduction(Share.ofPercent(80)), new Baseline(2020,
                1000.0), 2030,
                List.of(new Milestone(2025, Share.ofPercent(50), null)), PathwayShape.LINEAR);
        EmissionsProjection path = TargetPaths.forTarget(target);
        assertThat(path.firstYear()).isEqualTo(2020);
        assertThat(path.lastYear()).isEqualTo(2030);
        assertThat(path.valueIn(2022)).isCloseTo(800, within(1e-9));
        assertThat(path.valueIn(2025)).isCloseTo(500, within(1e-9));
        assertThat(path.valueIn(2028)).isCloseTo(320, within(1e-9));
        assertThat(path.valueIn(2030)).isCloseTo(200, within(1e-9));
    }

    @Test
    void exponentialTargetWithMilestoneFollowsEachSegmentsRate() {
        ClimateTarget target = target(new TargetKind.RelativeReduction(Share.ofPercent(90)), new Baseline(2020,
                1000.0), 2030,
                List.of(new Milestone(2025, Share.ofPercent(50), null)), PathwayShape.EXPONENTIAL);
        EmissionsProjection path = TargetPaths.forTarget(target);
        assertThat(path.valueIn(2023)).isCloseTo(1000 * Math.pow(0.5, 3 / 5.0), within(1e-9));
        assertThat(path.valueIn(2027)).isCloseTo(500 * Math.pow(0.2, 2 / 5.0), within(1e-9));
        assertThat(path.valueIn(2030)).isCloseTo(100, within(1e-9));
    }

    @Test
    void climateNeutralAndNetZeroKeepTheirResidualShare() {
        Baseline baseline = new Baseline(2020, 1000.0);
        assertThat(TargetPaths.forTarget(target(new TargetKind.ClimateNeutral(Share.of(0.15)), baseline, 2030,
                List.of(),
                PathwayShape.LINEAR)).valueIn(2030)).isCloseTo(150, within(1e-9));
        assertThat(TargetPaths.forTarget(target(new TargetKind.NetZero(Share.of(0.1)), baseline, 2045, List.of(),
                PathwayShape.EXPONENTIAL)).valueIn(2045)).isCloseTo(100, within(1e-9));
    }

    @Test
    void absoluteReductionIsFlooredAtZero() {
        ClimateTarget target = target(new TargetKind.AbsoluteReduction(1500), new Baseline(2020, 1000.0), 2030,
                List.of(), PathwayShape.LINEAR);
        assertThat(TargetPaths.forTarget(target).valueIn(2030)).isEqualTo(0.0);
        ClimateTarget partial = target(new TargetKind.AbsoluteReduction(300), new Baseline(2020, 1000.0), 2030,
                List.of(), PathwayShape.LINEAR);
        assertThat(TargetPaths.forTarget(partial).valueIn(2030)).isCloseTo(700, within(1e-9));
    }

    @Test
    void perCapitaTargetMultipliesByThePopulation() {
        ClimateTarget target = target(new TargetKind.PerCapitaIntensity(1.5), new Baseline(2020, 400_000.0), 2030,
                List.of(), PathwayShape.LINEAR);
        assertThat(TargetPaths.forTarget(target, 53_000).valueIn(2030)).isCloseTo(79_500, within(1e-9));
    }

    @Test
    void perCapitaTargetNeedsThePopulation() {
        ClimateTarget target = target(new TargetKind.PerCapitaIntensity(1.5), new Baseline(2020, 400_000.0), 2030,
                List.of(), PathwayShape.LINEAR);
        assertThatThrownBy(() -> TargetPaths.forTarget(target)).isInstanceOf(ClimateCityException.class)
                .hasMessage("target 'goal' of kind per-capita-intensity needs the population in its target year");
        assertThatThrownBy(() -> TargetPaths.forTarget(target, -1)).isInstanceOf(ClimateCityException.class)
                .hasMessage("target 'goal' of kind per-capita-intensity needs a finite population of at least 0 in"
                        + " its target year, was -1.0");
    }

    @Test
    void fixedLevelWithoutBaselineIsTheLevelInTheTargetYear() {
        ClimateTarget target = target(new TargetKind.FixedLevel(250), null, 2030, List.of(), PathwayShape.LINEAR);
        EmissionsProjection path = TargetPaths.forTarget(target);
        assertThat(path.firstYear()).isEqualTo(2030);
        assertThat(path.toArray()).containsExactly(250);
    }

    @Test
    void fixedLevelWithBaselineRunsFromTheBaseline() {
        ClimateTarget target = target(new TargetKind.FixedLevel(250), new Baseline(2025, 500.0), 2030, List.of(),
                PathwayShape.LINEAR);
        assertThat(TargetPaths.forTarget(target).valueIn(2030)).isEqualTo(250.0);
    }

    @Test
    void rejectsAReductionTargetWithoutBaseline() {
        ClimateTarget target = target(new TargetKind.RelativeReduction(Share.ofPercent(50)), null, 2030, List.of(),
                PathwayShape.LINEAR);
        assertThatThrownBy(() -> TargetPaths.forTarget(target)).isInstanceOf(ClimateCityException.class)
                .hasMessage("target 'goal' of kind relative-reduction needs a baseline for its path, had none");
    }

    @Test
    void rejectsAMilestoneAfterTheTargetYear() {
        ClimateTarget target = target(new TargetKind.RelativeReduction(Share.ofPercent(50)), new Baseline(2020, 10.0),
                2030,
                List.of(new Milestone(2031, Share.ofPercent(40), null)), PathwayShape.LINEAR);
        assertThatThrownBy(() -> TargetPaths.forTarget(target)).isInstanceOf(ClimateCityException.class)
                .hasMessage("milestones must lie in ascending years after 2020 and before target year 2030, was 2031");
    }

    @Test
    void rejectsATargetYearNotAfterTheBaseline() {
        ClimateTarget target = target(new TargetKind.RelativeReduction(Share.ofPercent(50)), new Baseline(2030, 10.0),
                2030,
                List.of(), PathwayShape.LINEAR);
        assertThatThrownBy(() -> TargetPaths.forTarget(target)).isInstanceOf(ClimateCityException.class)
                .hasMessage("target year must be after baseline year 2030, was 2030");
    }

    @Test
    void carbonLawFallsByItsRateEachYear() {
        EmissionsProjection path = TargetPaths.carbonLaw(2025, 1000, 2050);
        assertThat(path.kind()).isEqualTo(ProjectionKind.CARBON_LAW);
        assertThat(path.lastYear()).isEqualTo(2050);
        for (int year = 2025; year <= 2050; year++) {
            assertThat(path.valueIn(year)).isCloseTo(1000 * Math.pow(1 - 0.1172, year - 2025), within(1e-9));
        }
        // geometric series: a (1 - q^n) / (1 - q), 26 years
        double q = 1 - 0.1172;
        assertThat(path.cumulative(2025, 2050)).isCloseTo(1000 * (1 - Math.pow(q, 26)) / (1 - q), within(1e-6));
    }

    @Test
    void carbonLawRejectsARateAboveOne() {
        assertThatThrownBy(() -> TargetPaths.carbonLaw(2025, 1000, 2050, 1.5)).isInstanceOf(ClimateCityException.class)
                .hasMessage("carbon law rate must be a share between 0 and 1, was 1.5");
    }

    private static ClimateTarget target(TargetKind kind, Baseline baseline, int targetYear, List<Milestone> milestones,
            PathwayShape shape) {
        return new ClimateTarget(LocalId.of("goal"), "Goal", List.of(ActorId.of("borlange")), kind,
                Boundary.TERRITORIAL, List.of(), GasBasis.ALL_GHG_AR5, baseline, targetYear, milestones, shape, null,
                        null, null, null, List.of());
    }
}
