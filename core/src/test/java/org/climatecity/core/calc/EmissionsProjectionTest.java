package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class EmissionsProjectionTest {

    private final EmissionsProjection path = EmissionsProjection.of(ProjectionKind.CUSTOM, 2025, 10, 8, 6, 4);

    @Test
    void hasAValueForEveryYearOfItsRange() {
        assertThat(path.lastYear()).isEqualTo(2028);
        assertThat(path.valueIn(2026)).isEqualTo(8.0);
        assertThat(path.covers(2024)).isFalse();
        assertThat(path.covers(2028)).isTrue();
        assertThat(path.toArray()).containsExactly(10, 8, 6, 4);
    }

    @Test
    void cumulativeSumsBothEndYearsIncluded() {
        assertThat(path.cumulative(2025, 2028)).isEqualTo(28.0);
        assertThat(path.cumulative(2026, 2026)).isEqualTo(8.0);
    }

    @Test
    void rejectsAYearOutsideItsRange() {
        assertThatThrownBy(() -> path.valueIn(2029)).isInstanceOf(ClimateCityException.class)
                .hasMessage("projection covers 2025-2028, was asked for 2029");
        assertThatThrownBy(() -> path.cumulative(2024, 2026)).isInstanceOf(ClimateCityException.class)
                .hasMessage("projection covers 2025-2028, was asked for 2024-2026");
    }

    @Test
    void rejectsCumulativeYearsOutOfOrder() {
        assertThatThrownBy(() -> path.cumulative(2027, 2026)).isInstanceOf(ClimateCityException.class)
                .hasMessage("cumulative emissions need fromYear <= toYear, was 2027 to 2026");
    }

    @Test
    void rejectsAnEmptyProjection() {
        assertThatThrownBy(() -> new EmissionsProjection(ProjectionKind.CUSTOM, 2025, List.of()))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("projection values must hold at least one year, was empty");
    }

    @Test
    void rejectsNonFiniteValues() {
        assertThatThrownBy(() -> EmissionsProjection.of(ProjectionKind.CUSTOM, 2025, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("projection value in 2026 must be a finite number, was Infinity");
    }

    @Test
    void rejectsYearsPast2200() {
        assertThatThrownBy(() -> EmissionsProjection.of(ProjectionKind.CUSTOM, 2200, 1, 2))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("projection last year must be a year from 1900 to 2200, was 2201");
    }
}
