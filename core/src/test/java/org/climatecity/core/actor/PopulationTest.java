package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class PopulationTest {

    private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

    @Test
    void countsResidentsOnADate() {
        assertThat(Population.of(0, END_2023).residents()).isZero();
        assertThat(Population.of(22_753, END_2023)).isEqualTo(new Population(22_753, END_2023, null));
        org.climatecity.core.common.Provenance scb = org.climatecity.core.common.Provenance.officialStatistics(
                org.climatecity.core.common.DataSource.of("Statistics Sweden (SCB)", "BE0101"));
        assertThat(Population.of(22_753, END_2023, scb).provenance()).isEqualTo(scb);
    }

    @Test
    void rejectsNegativeCountsAndMissingDates() {
        assertThatThrownBy(() -> Population.of(-1, END_2023)).isInstanceOf(ClimateCityException.class)
                .hasMessage("population must not be negative, was -1");
        assertThatThrownBy(() -> Population.of(1, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("population date must not be null");
    }
}
