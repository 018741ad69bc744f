package org.climatecity.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestoneTest {

    @ParameterizedTest
    @CsvSource({"2027,50", "2030,0", "2045,100"})
    void acceptsCutsFromZeroToOneHundredPercent(int year, double percent) {
        assertThat(new Milestone(year, percent).reductionPercent()).isEqualTo(percent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2027|100.5|milestone reduction percent must be from 0 to 100, was 100.5",
        "2027|-1|milestone reduction percent must be from 0 to 100, was -1.0",
        "1800|50|milestone year must be a year from 1900 to 2200, was 1800",
    })
    void rejectsCutsAndYearsOutOfRange(int year, double percent, String message) {
        assertThatThrownBy(() -> new Milestone(year, percent)).isInstanceOf(ClimateCityException.class)
                .hasMessage(message);
    }
}
