package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
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

    @Test
    void keepsASwedishCountyCodeAsTheAreaItServes() {
        RegionalAuthority actor = new RegionalAuthority(ID, "Region Dalarna", CountyCode.of("20"));

        assertThat(actor.area()).isEqualTo(Identifier.parse("se-lan:20"));
        assertThat(actor.country()).isEqualTo(CountryCode.SWEDEN);
        assertThat(actor.place()).isNull();
        assertThat(actor.identifiers()).isEmpty();
    }

    @Test
    void namesThePlaceItServesByAPlaceOfTheDocumentOrAnAreaOfAnyCountry() {
        RegionalAuthority byPlace = new RegionalAuthority(ID, "Bezirk Oberbayern", CountryCode.of("DE"), List.of(),
                ActorId.of("oberbayern"), null);
        RegionalAuthority byArea = new RegionalAuthority(ID, "Région Auvergne-Rhône-Alpes", CountryCode.of("FR"),
                List.of(Identifier.parse("wikidata:Q18338206")), null, Identifier.parse("iso3166-2:FR-ARA"));

        assertThat(byPlace.place()).isEqualTo(ActorId.of("oberbayern"));
        assertThat(byArea.area()).isEqualTo(Identifier.parse("iso3166-2:FR-ARA"));
    }

    @Test
    void rejectsNoPlaceAnOrganisationsIdentifierAsAreaAndAnAreaInAnotherCountry() {
        assertThatThrownBy(() -> new RegionalAuthority(ID, "R", CountryCode.of("DE"), List.of(), null, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("'actor' must name the place it serves, by place or by area");
        assertThatThrownBy(() -> new RegionalAuthority(ID, "R", CountryCode.of("DE"), List.of(), null,
                Identifier.parse("vat:DE129273398")))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("area 'vat:DE129273398' of 'actor' names an organisation, not an area");
        assertThatThrownBy(() -> new RegionalAuthority(ID, "R", CountryCode.of("DE"), List.of(), null,
                Identifier.parse("nuts:SE312")))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("area 'nuts:SE312' of 'actor' names country SE, but the organisation is based in DE");
    }
}
