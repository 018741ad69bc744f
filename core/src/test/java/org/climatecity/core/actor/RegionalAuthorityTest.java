package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountyCode;
import org.junit.jupiter.api.Test;

class RegionalAuthorityTest {

    private static final ActorId ID = ActorId.of("actor");

    @Test
    void hasItsLevelSectorAndKind() {
        RegionalAuthority actor = new RegionalAuthority(ID, "Region Dalarna", CountyCode.of("20"));

        assertThat(actor.level()).isEqualTo(GovernanceLevel.REGIONAL);
        assertThat(actor.sector()).isEqualTo(ActorSector.PUBLIC);
        assertThat(actor.kind()).isEqualTo(ActorKind.REGIONAL_AUTHORITY);
        assertThat(actor.kind().type()).isEqualTo(RegionalAuthority.class);
        assertThat(actor).isEqualTo(new RegionalAuthority(ID, "Region Dalarna", CountyCode.of("20")));
    }

    @Test
    void rejectsMissingOrBlankComponents() {
        assertThatThrownBy(() -> new RegionalAuthority(ID, "Region Dalarna", null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("county must not be null");
        assertThatThrownBy(() -> new RegionalAuthority(null, "Region Dalarna", CountyCode.of("20")))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("actor id must not be null");
    }
}
