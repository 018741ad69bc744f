package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.time.DateRange;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final ActorId BORLANGE = ActorId.of("borlange");

    @Test
    void holdsFromItsStartWhenOpen() {
        Membership m = Membership.since(BORLANGE, LocalDate.of(2021, 1, 1));

        assertThat(m.activeOn(LocalDate.of(2020, 12, 31))).isFalse();
        assertThat(m.activeOn(LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(m.period()).isEqualTo(DateRange.from(LocalDate.of(2021, 1, 1)));
    }

    @Test
    void endsBeforeItsEndDate() {
        Membership m = new Membership(BORLANGE, DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 1, 1)), null);

        assertThat(m.activeOn(LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(m.activeOn(LocalDate.of(2023, 1, 1))).isFalse();
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> Membership.since(null, LocalDate.of(2021, 1, 1)))
                .isInstanceOf(ClimateCityException.class).hasMessage("member must not be null");
        assertThatThrownBy(() -> new Membership(BORLANGE, null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("membership period must not be null");
    }
}
