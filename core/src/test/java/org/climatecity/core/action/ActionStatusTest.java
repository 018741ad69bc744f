package org.climatecity.core.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionStatusTest {

    @ParameterizedTest
    @CsvSource({"PROPOSED,false", "PLANNED,true", "APPROVED,true", "IN_PROGRESS,true", "DELAYED,true", "COMPLETED,true",
        "ON_HOLD,false", "CANCELLED,false"})
    void deliversOnlyWhenDecided(ActionStatus status, boolean delivers) {
        assertThat(status.delivers()).isEqualTo(delivers);
    }
}
