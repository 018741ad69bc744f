package org.climatecity.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.common.Share;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestoneTest {

    @ParameterizedTest
    @CsvSource({"2027,50", "2030,0", "2045,100"})
    void acceptsCutsFromZeroToOneHundredPercent(int year, double percent) {
        assertThat(new Milestone(year, Share.ofPercent(percent), null).reductionShare().percent()).isEqualTo(percent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1800|50|milestone year must be a year from 1900 to 2200, was 1800",
    })
    void rejectsCutsAndYearsOutOfRange(int year, double percent, String message) {
        assertThatThrownBy(() -> new Milestone(year, Share.ofPercent(percent),
                null)).isInstanceOf(ClimateCityException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> new Milestone(2027, null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("milestone reduction share must not be null");
    }
}
