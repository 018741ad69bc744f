package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Money;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.time.DateRange;
import org.junit.jupiter.api.Test;

class SupportTest {

    private static final ActorId AVESTA = ActorId.of("avesta");

    @Test
    void describesFundingWithOptionalAmountAndPeriod() {
        Support support = new Support(AVESTA, SupportKind.FUNDING, " pilots ", Money.of(1_000_000, "SEK"),
                DateRange.from(LocalDate.of(2024, 12, 1)), null, null);

        assertThat(support.description()).isEqualTo("pilots");
        assertThat(support.amount()).isEqualTo(Money.parse("SEK 1000000"));
        assertThat(new Support(AVESTA, SupportKind.EXPERT_SUPPORT, "advice", null, null, null, null).period()).isNull();
    }

    @Test
    void rejectsMissingRecipientKindAndDescription() {
        assertThatThrownBy(() -> new Support(null, SupportKind.FUNDING, "x", null, null, null, null))
                .isInstanceOf(ClimateCityException.class).hasMessage("support recipient must not be null");
        assertThatThrownBy(() -> new Support(AVESTA, null, "x", null, null, null, null))
                .isInstanceOf(ClimateCityException.class).hasMessage("support kind must not be null");
        assertThatThrownBy(() -> new Support(AVESTA, SupportKind.FUNDING, " ", null, null, null, null))
                .isInstanceOf(ClimateCityException.class).hasMessage("support description must not be blank");
    }
}
