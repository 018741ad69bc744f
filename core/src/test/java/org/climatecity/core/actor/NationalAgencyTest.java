package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.junit.jupiter.api.Test;

class NationalAgencyTest {

    private static final ActorId ID = ActorId.of("actor");

    @Test
    void hasItsLevelSectorAndKind() {
        NationalAgency actor = new NationalAgency(ID, "Vinnova", CountryCode.SWEDEN);

        assertThat(actor.level()).isEqualTo(GovernanceLevel.NATIONAL);
        assertThat(actor.sector()).isEqualTo(ActorSector.PUBLIC);
        assertThat(actor.kind()).isEqualTo(ActorKind.NATIONAL_AGENCY);
        assertThat(actor.kind().type()).isEqualTo(NationalAgency.class);
        assertThat(actor).isEqualTo(new NationalAgency(ID, "Vinnova", CountryCode.SWEDEN));
    }

    @Test
    void rejectsMissingOrBlankComponents() {
        assertThatThrownBy(() -> new NationalAgency(ID, "Formas", null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("country must not be null");
        assertThatThrownBy(() -> new NationalAgency(ID, "", CountryCode.SWEDEN))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("actor name must not be blank");
    }
}
