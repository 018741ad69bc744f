package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;

class ProgrammeOfficeTest {

    private static final ActorId ID = ActorId.of("actor");

    @Test
    void hasItsLevelSectorAndKind() {
        ProgrammeOffice actor = new ProgrammeOffice(ID, "Viable Cities", GovernanceLevel.NATIONAL);

        assertThat(actor.level()).isEqualTo(GovernanceLevel.NATIONAL);
        assertThat(actor.sector()).isEqualTo(ActorSector.PUBLIC);
        assertThat(actor.kind()).isEqualTo(ActorKind.PROGRAMME_OFFICE);
        assertThat(actor.kind().type()).isEqualTo(ProgrammeOffice.class);
        assertThat(actor).isEqualTo(new ProgrammeOffice(ID, "Viable Cities", GovernanceLevel.NATIONAL));
    }

    @Test
    void rejectsMissingOrBlankComponents() {
        assertThatThrownBy(() -> new ProgrammeOffice(ID, "Viable Cities", null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("level must not be null");
        assertThatThrownBy(() -> new ProgrammeOffice(null, "Viable Cities", GovernanceLevel.NATIONAL))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("actor id must not be null");
    }
}
