package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.OrganisationNumber;
import org.junit.jupiter.api.Test;

class CompanyTest {

    private static final ActorId ID = ActorId.of("actor");

    @Test
    void hasItsLevelSectorAndKind() {
        Company actor = new Company(ID, "SSAB", GovernanceLevel.LOCAL, OrganisationNumber.parse("556016-3429"));

        assertThat(actor.level()).isEqualTo(GovernanceLevel.LOCAL);
        assertThat(actor.sector()).isEqualTo(ActorSector.BUSINESS);
        assertThat(actor.kind()).isEqualTo(ActorKind.COMPANY);
        assertThat(actor.kind().type()).isEqualTo(Company.class);
        assertThat(actor).isEqualTo(new Company(ID, "SSAB", GovernanceLevel.LOCAL,
                OrganisationNumber.parse("556016-3429")));
    }

    @Test
    void rejectsMissingOrBlankComponents() {
        assertThatThrownBy(() -> new Company(ID, "IKEA", null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("level must not be null");
        assertThatThrownBy(() -> new Company(ID, null, GovernanceLevel.LOCAL, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("actor name must not be null");
    }
}
