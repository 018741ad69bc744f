package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;

class CivilSocietyOrganisationTest {

    private static final ActorId ID = ActorId.of("actor");

    @Test
    void hasItsLevelSectorAndKind() {
        CivilSocietyOrganisation actor = new CivilSocietyOrganisation(ID, "Civil society", GovernanceLevel.REGIONAL,
                null);

        assertThat(actor.level()).isEqualTo(GovernanceLevel.REGIONAL);
        assertThat(actor.sector()).isEqualTo(ActorSector.CIVIL_SOCIETY);
        assertThat(actor.kind()).isEqualTo(ActorKind.CIVIL_SOCIETY_ORGANISATION);
        assertThat(actor.kind().type()).isEqualTo(CivilSocietyOrganisation.class);
        assertThat(actor).isEqualTo(new CivilSocietyOrganisation(ID, "Civil society", GovernanceLevel.REGIONAL, null));
    }

    @Test
    void rejectsMissingOrBlankComponents() {
        assertThatThrownBy(() -> new CivilSocietyOrganisation(ID, "Civil society", null, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("level must not be null");
        assertThatThrownBy(() -> new CivilSocietyOrganisation(null, "Civil society", GovernanceLevel.LOCAL, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("actor id must not be null");
    }
}
