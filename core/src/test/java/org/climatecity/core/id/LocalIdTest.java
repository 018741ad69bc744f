package org.climatecity.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"klimatneutrala-borlange", "pilot-cities", "eu-27"})
    void acceptsSlugsAndRoundTripsThroughParse(String slug) {
        assertThat(LocalId.parse(LocalId.of(slug).toString())).isEqualTo(LocalId.of(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pilot", "pilot_1", "pilot-", "", "å"})
    void rejectsValuesThatAreNotSlugs(String value) {
        assertThatThrownBy(() -> LocalId.of(value)).isInstanceOf(ClimateCityException.class)
                .hasMessage("id must be 1 to 64 lowercase letters a-z and digits in groups joined by single hyphens,"
                        + " was '" + value + "'");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> LocalId.parse(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("id must not be null");
    }

    @Test
    void ordersByText() {
        assertThat(LocalId.of("a")).isLessThan(LocalId.of("b"));
    }
}
