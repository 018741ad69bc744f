package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountyCode;
import org.junit.jupiter.api.Test;

class CountyAdministrativeBoardTest {

    private static final ActorId ID = ActorId.of("actor");

    @Test
    void hasItsLevelSectorAndKind() {
        CountyAdministrativeBoard actor = new CountyAdministrativeBoard(ID, "Länsstyrelsen Dalarna",
                CountyCode.of("20"));

        assertThat(actor.level()).isEqualTo(GovernanceLevel.REGIONAL);
        assertThat(actor.sector()).isEqualTo(ActorSector.PUBLIC);
        assertThat(actor.kind()).isEqualTo(ActorKind.COUNTY_ADMINISTRATIVE_BOARD);
        assertThat(actor.kind().type()).isEqualTo(CountyAdministrativeBoard.class);
        assertThat(actor).isEqualTo(new CountyAdministrativeBoard(ID, "Länsstyrelsen Dalarna", CountyCode.of("20")));
    }

    @Test
    void rejectsMissingOrBlankComponents() {
        assertThatThrownBy(() -> new CountyAdministrativeBoard(ID, "Länsstyrelsen Dalarna", null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("county must not be null");
        assertThatThrownBy(() -> new CountyAdministrativeBoard(ID, " ", CountyCode.of("20")))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("actor name must not be blank");
    }
}
