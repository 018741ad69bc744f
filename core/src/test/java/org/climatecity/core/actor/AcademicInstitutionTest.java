package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;

class AcademicInstitutionTest {

    private static final ActorId ID = ActorId.of("actor");

    @Test
    void hasItsLevelSectorAndKind() {
        AcademicInstitution actor = new AcademicInstitution(ID, "Högskolan Dalarna", GovernanceLevel.REGIONAL, null);

        assertThat(actor.level()).isEqualTo(GovernanceLevel.REGIONAL);
        assertThat(actor.sector()).isEqualTo(ActorSector.ACADEMIA);
        assertThat(actor.kind()).isEqualTo(ActorKind.ACADEMIC_INSTITUTION);
        assertThat(actor.kind().type()).isEqualTo(AcademicInstitution.class);
        assertThat(actor).isEqualTo(new AcademicInstitution(ID, "Högskolan Dalarna", GovernanceLevel.REGIONAL, null));
    }

    @Test
    void rejectsMissingOrBlankComponents() {
        assertThatThrownBy(() -> new AcademicInstitution(ID, "Högskolan Dalarna", null, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("level must not be null");
        assertThatThrownBy(() -> new AcademicInstitution(ID, "\t", GovernanceLevel.LOCAL, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("actor name must not be blank");
    }
}
