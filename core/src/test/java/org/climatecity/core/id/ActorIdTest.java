package org.climatecity.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"borlange", "region-dalarna", "a", "x1", "2081", "a-b-c"})
    void acceptsSlugsAndRoundTripsThroughParse(String slug) {
        ActorId id = ActorId.of(slug);

        assertThat(id.value()).isEqualTo(slug);
        assertThat(ActorId.parse(id.toString())).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Borlange|Borlange",
        "borlänge|borlänge",
        "-borlange|-borlange",
        "borlange-|borlange-",
        "region--dalarna|region--dalarna",
        "region dalarna|region dalarna",
        "''|''",
        "${x}|${x}",
    })
    void rejectsValuesThatAreNotSlugs(String value, String echoed) {
        assertThatThrownBy(() -> ActorId.of(value)).isInstanceOf(ClimateCityException.class)
                .hasMessage("actor id must be 1 to 64 lowercase letters a-z and digits in groups joined by single"
                        + " hyphens, was '" + echoed + "'");
    }

    @Test
    void rejectsSlugsLongerThanSixtyFourCharacters() {
        ActorId.of("a".repeat(64));

        assertThatThrownBy(() -> ActorId.of("a".repeat(65))).isInstanceOf(ClimateCityException.class)
                .hasMessageEndingWith("was '" + "a".repeat(40) + "…'");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> ActorId.parse(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("actor id must not be null");
    }

    @Test
    void ordersByText() {
        assertThat(ActorId.of("avesta")).isLessThan(ActorId.of("borlange"));
        assertThat(ActorId.of("borlange").compareTo(ActorId.of("borlange"))).isZero();
    }
}
