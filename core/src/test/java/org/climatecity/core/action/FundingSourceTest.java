package org.climatecity.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Money;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;

class FundingSourceTest {

    @Test
    void namesAFunderThatMayBeOutsideTheDocument() {
        FundingSource grant = new FundingSource(" Viable Cities ", ActorId.of("viable-cities"), Money.of(5, "SEK"));

        assertThat(grant.name()).isEqualTo("Viable Cities");
        assertThat(new FundingSource("EU", null, null).funder()).isNull();
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> new FundingSource(" ", null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("funding source name must not be blank");
    }
}
