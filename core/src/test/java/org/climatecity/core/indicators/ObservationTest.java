package org.climatecity.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.time.YearRange;
import org.junit.jupiter.api.Test;

class ObservationTest {

    private static final Provenance SOURCE = Provenance.illustrative("test figure");

    @Test
    void isForOneYearOnlyWhenItsPeriodIsThatYearAlone() {
        assertThat(Observation.of(2022, 51.92, ObservationStatus.FINAL, SOURCE).isFor(2022)).isTrue();
        assertThat(Observation.of(2022, 51.92, ObservationStatus.FINAL, SOURCE).isFor(2021)).isFalse();
        assertThat(new Observation(YearRange.of(2021, 2022), 1, ObservationStatus.FINAL, null, null).isFor(2022))
                .isFalse();
        assertThat(new Observation(null, 1, ObservationStatus.FINAL, null, null).isFor(2022)).isFalse();
    }

    @Test
    void ranksFinalOverProvisionalOverEstimate() {
        assertThat(ObservationStatus.FINAL.supersedes(ObservationStatus.PROVISIONAL)).isTrue();
        assertThat(ObservationStatus.PROVISIONAL.supersedes(ObservationStatus.ESTIMATE)).isTrue();
        assertThat(ObservationStatus.ESTIMATE.supersedes(ObservationStatus.FINAL)).isFalse();
        assertThat(ObservationStatus.FINAL.supersedes(ObservationStatus.FINAL)).isFalse();
    }

    @Test
    void rejectsAValueThatIsNotFiniteAMissingStatusAndABlankNote() {
        assertThatThrownBy(() -> Observation.of(2022, Double.POSITIVE_INFINITY, ObservationStatus.FINAL, SOURCE))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("observed value must be a finite number, was Infinity");
        assertThatThrownBy(() -> Observation.of(2022, 1, null, SOURCE)).isInstanceOf(ClimateCityException.class)
                .hasMessage("observation status must not be null");
        assertThatThrownBy(() -> new Observation(null, 1, ObservationStatus.FINAL, null, " "))
                .isInstanceOf(ClimateCityException.class).hasMessage("observation note must not be blank");
        assertThatThrownBy(() -> Observation.of(2022, 1, ObservationStatus.FINAL, null))
                .isInstanceOf(ClimateCityException.class).hasMessage("observation provenance must not be null");
    }
}
