package org.climatecity.serialization.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.actor.Municipality;
import org.climatecity.core.programme.Initiative;
import org.junit.jupiter.api.Test;

/** A record's format names its components; a name the record does not have is refused with the ones it has. */
class RecordFormatTest {

    @Test
    void declaresRangesAndMinimumSizesByComponentName() {
        RecordFormat<Municipality> municipality = new RecordFormat<>(Municipality.class)
                .range(Range.NON_NEGATIVE, "areaKm2");
        RecordFormat<Initiative> initiative = new RecordFormat<>(Initiative.class).nonEmpty("scopes");

        assertThat(municipality.range("areaKm2")).isEqualTo(Range.NON_NEGATIVE);
        assertThat(municipality.range("name")).isNull();
        assertThat(initiative.minimumSize("scopes")).isEqualTo(1);
        assertThat(initiative.minimumSize("pilots")).isZero();
    }

    @Test
    void refusesANameThatIsNotAComponentAndSaysWhichAre() {
        RecordFormat<Municipality> municipality = new RecordFormat<>(Municipality.class);

        assertThatThrownBy(() -> municipality.range(Range.NON_NEGATIVE, "areaKm"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("areaKm is not a component of " + Municipality.class.getName())
                .hasMessageContaining("areaKm2");
        assertThatThrownBy(() -> municipality.nonEmpty("identifier")).isInstanceOf(IllegalArgumentException.class);
        assertThat(municipality.atLeast(2, "population").minimumSize("population")).isEqualTo(2);
    }
}
