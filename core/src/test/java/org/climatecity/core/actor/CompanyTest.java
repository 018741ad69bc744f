package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
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

    @Test
    void keepsItsSwedishOrganisationNumberAsAnIdentifierAndSwedenAsItsCountry() {
        Company actor = new Company(ID, "SSAB", GovernanceLevel.LOCAL, OrganisationNumber.parse("556016-3429"));

        assertThat(actor.identifiers()).containsExactly(Identifier.parse("se-orgnr:556016-3429"));
        assertThat(actor.country()).isEqualTo(CountryCode.SWEDEN);
        assertThat(actor.organisationNumber()).contains(OrganisationNumber.parse("556016-3429"));
        assertThat(new Company(ID, "IKEA", GovernanceLevel.LOCAL, null).country()).isNull();
    }

    @Test
    void hasACountryAndIdentifiersOfAnyNamespace() {
        Company actor = new Company(ID, "Stadtwerke München", GovernanceLevel.LOCAL, CountryCode.of("DE"),
                List.of(Identifier.parse("lei:5299000TESTLEI00AB73"), Identifier.parse("vat:DE129273398"),
                        Identifier.parse("opencorporates:de/HRB121920")));

        assertThat(actor.identifier(Identifier.LEI)).contains(Identifier.parse("lei:5299000TESTLEI00AB73"));
        assertThat(actor.organisationNumber()).isEmpty();
        assertThat(actor.country()).isEqualTo(CountryCode.of("DE"));
    }

    @Test
    void rejectsRepeatedIdentifiersAreasAndSecondLeisOrOrganisationNumbers() {
        CountryCode de = CountryCode.of("DE");
        assertThatThrownBy(() -> new Company(ID, "S", GovernanceLevel.LOCAL, de,
                List.of(Identifier.parse("vat:DE129273398"), Identifier.parse("vat:DE129273398"))))
                .isInstanceOf(ClimateCityException.class).hasMessageContaining("organisation identifiers");
        assertThatThrownBy(() -> new Company(ID, "S", GovernanceLevel.LOCAL, de,
                List.of(Identifier.parse("nuts:DE212"))))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("identifier 'nuts:DE212' of 'actor' names an area, not an organisation");
        assertThatThrownBy(() -> new Company(ID, "S", GovernanceLevel.LOCAL, de,
                List.of(Identifier.parse("lei:5299000TESTLEI00AB73"), Identifier.parse("lei:529900T8BM49AURSDO55"))))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("organisation 'actor' must have at most one LEI (lei), had 2");
        assertThatThrownBy(() -> new Company(ID, "S", GovernanceLevel.LOCAL, CountryCode.SWEDEN,
                List.of(Identifier.parse("se-orgnr:556016-3429"), Identifier.parse("se-orgnr:212000-2213"))))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("organisation 'actor' must have at most one Swedish organisation number (se-orgnr), had 2");
    }
}
