package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.climatecity.core.calc.ActionFixtures.action;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionStatus;
import org.climatecity.core.action.FieldOfAction;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {

    private final EmissionsProjection target = TargetPaths.linear(2025, 1000, 2028, 400);
    private final EmissionsProjection trend = EmissionsProjection.of(ProjectionKind.ANCHORED_TREND, 2025,
            1000, 950, 900, 850);
    private final List<Action> actions = List.of(
            action("a", FieldOfAction.ENERGY_SYSTEMS, ActionStatus.APPROVED, 2026, 200, 2, null),
            action("b", FieldOfAction.INDUSTRY, ActionStatus.ON_HOLD, 2025, 500, 1, null));

    @Test
    void comparesTargetTrendAndTrendWithActionsPerYear() {
        GapAnalysis analysis = GapAnalysis.of(target, trend, actions, 2025, 2028);
        assertThat(analysis.years()).extracting(GapYear::year).containsExactly(2025, 2026, 2027, 2028);
        GapYear y2027 = analysis.year(2027);
        assertThat(y2027.target()).isCloseTo(600, within(1e-9));
        assertThat(y2027.trend()).isEqualTo(900.0);
        assertThat(y2027.actionEffect()).isCloseTo(200, within(1e-9));
        assertThat(y2027.trendWithActions()).isCloseTo(700, within(1e-9));
        assertThat(y2027.gap()).isCloseTo(300, within(1e-9));
        assertThat(y2027.gapWithActions()).isCloseTo(100, within(1e-9));
        assertThat(analysis.year(2026).actionEffect()).isCloseTo(100, within(1e-9));
    }

    @Test
    void coveredShareIsTheClosedPartOfThePositiveGaps() {
        GapAnalysis analysis = GapAnalysis.of(target, trend, actions, 2025, 2028);
        // gaps 0, 150, 300, 450; covered 0, 100, 200, 200
        assertThat(analysis.coveredShare()).hasValue(500.0 / 900.0);
    }

    @Test
    void coveredShareIsEmptyWithoutGap() {
        GapAnalysis analysis = GapAnalysis.of(trend, trend, actions, 2025, 2028);
        assertThat(analysis.coveredShare()).isEmpty();
    }

    @Test
    void trendWithActionsIsFlooredAtZero() {
        List<Action> big = List.of(action("c", FieldOfAction.INDUSTRY, ActionStatus.COMPLETED, 2025, 5000, 1, null));
        GapYear year = GapAnalysis.of(target, trend, big, 2025, 2025).year(2025);
        assertThat(year.trendWithActions()).isEqualTo(0.0);
        assertThat(year.coveredGap()).isEqualTo(0.0);
    }

    @Test
    void rejectsYearsOutsideAPath() {
        assertThatThrownBy(() -> GapAnalysis.of(target, trend, actions, 2025, 2029))
                .isInstanceOf(ClimateCityException.class).hasMessage("projection covers 2025-2028, was asked for 2029");
    }

    @Test
    void rejectsAYearNotAnalysed() {
        GapAnalysis analysis = GapAnalysis.of(target, trend, actions, 2025, 2026);
        assertThatThrownBy(() -> analysis.year(2027)).isInstanceOf(ClimateCityException.class)
                .hasMessage("gap analysis covers 2025-2026, was asked for 2027");
    }

    @Test
    void rejectsYearsThatAreNotConsecutive() {
        GapYear a = new GapYear(2025, 1, 1, 0, 1);
        GapYear b = new GapYear(2027, 1, 1, 0, 1);
        assertThatThrownBy(() -> new GapAnalysis(List.of(a, b))).isInstanceOf(ClimateCityException.class)
                .hasMessage("gap years must be consecutive, was 2027 after 2025");
    }
}
