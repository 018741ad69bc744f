package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.junit.jupiter.api.Test;

class TwinPairingTest {

    private static final ActorId BORLANGE = ActorId.of("borlange");
    private static final ActorId AVESTA = ActorId.of("avesta");
    private static final LocalDate EXPANSION = LocalDate.of(2024, 12, 1);
    private static final LocalId JOINT = LocalId.of("joint");

    @Test
    void holdsFromItsFirstDay() {
        TwinPairing pairing = new TwinPairing(BORLANGE, AVESTA, EXPANSION, List.of(JOINT), null);

        assertThat(pairing.activeOn(EXPANSION.minusDays(1))).isFalse();
        assertThat(pairing.activeOn(EXPANSION)).isTrue();
        assertThat(pairing.activeOn(EXPANSION.plusYears(10))).isTrue();
        assertThat(pairing.replicationPlan()).isNull();
    }

    @Test
    void rejectsRepeatedSharedTargetsBlankPlansAndMissingParts() {
        assertThatThrownBy(() -> new TwinPairing(BORLANGE, AVESTA, EXPANSION, List.of(JOINT, JOINT), null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("shared targets must not repeat a value, repeated 'joint'");
        assertThatThrownBy(() -> new TwinPairing(BORLANGE, AVESTA, EXPANSION, List.of(), " "))
                .isInstanceOf(ClimateCityException.class).hasMessage("replication plan must not be blank");
        assertThatThrownBy(() -> new TwinPairing(null, AVESTA, EXPANSION, List.of(), null))
                .isInstanceOf(ClimateCityException.class).hasMessage("pilot city must not be null");
        assertThatThrownBy(() -> new TwinPairing(BORLANGE, null, EXPANSION, List.of(), null))
                .isInstanceOf(ClimateCityException.class).hasMessage("twin city must not be null");
        assertThatThrownBy(() -> new TwinPairing(BORLANGE, AVESTA, null, List.of(), null))
                .isInstanceOf(ClimateCityException.class).hasMessage("pairing date must not be null");
    }
}
