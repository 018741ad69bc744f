package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.common.Share;
import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    private static final ActorId SSAB = ActorId.of("ssab");

    @Test
    void recordsAPledgeWithOptionalCut() {
        Commitment cut = new Commitment(SSAB, " halve emissions ", Share.ofPercent(50), 2020, 2030, LocalDate.of(2024,
                12, 4), null);
        Commitment pledge = new Commitment(SSAB, "join the forum", null, null, 2025, null, null);

        assertThat(cut.pledge()).isEqualTo("halve emissions");
        assertThat(cut.reductionShare()).isEqualTo(Share.of(0.5));
        assertThat(pledge.reductionShare()).isNull();
    }

    @Test
    void rejectsCutsAndYearsOutOfRange() {
        assertThatThrownBy(() -> new Commitment(SSAB, "p", null, 1800, 2030, null, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("baseline year must be a year from 1900 to 2200, was 1800");
        assertThatThrownBy(() -> new Commitment(SSAB, "p", null, null, 2300, null, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("pledge year must be a year from 1900 to 2200, was 2300");
        assertThatThrownBy(() -> new Commitment(null, "p", null, null, 2030, null, null))
                .isInstanceOf(ClimateCityException.class).hasMessage("stakeholder must not be null");
        assertThatThrownBy(() -> new Commitment(SSAB, "", null, null, 2030, null, null))
                .isInstanceOf(ClimateCityException.class).hasMessage("pledge must not be blank");
    }
}
