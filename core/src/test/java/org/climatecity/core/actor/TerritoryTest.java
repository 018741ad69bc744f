package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.NutsCode;
import org.junit.jupiter.api.Test;

class TerritoryTest {

    private static final ActorId DALARNA = ActorId.of("dalarnas-lan");

    @Test
    void aCountyIsARegionalPublicPlaceWithItsCodesAndArea() {
        Territory dalarna = Territory.of(DALARNA, "Dalarnas län", TerritoryKind.COUNTY, CountryCode.SWEDEN,
                Identifier.parse("se-lan:20"), Identifier.parse("nuts:SE312"));

        assertThat(dalarna.kind()).isEqualTo(ActorKind.TERRITORY);
        assertThat(dalarna.level()).isEqualTo(GovernanceLevel.REGIONAL);
        assertThat(dalarna.sector()).isEqualTo(ActorSector.PUBLIC);
        assertThat(dalarna.countyCode()).contains(CountyCode.of("20"));
        assertThat(dalarna.area()).contains(Geography.county(CountyCode.of("20")));
        assertThat(Territory.of(DALARNA, "Dalarna", TerritoryKind.REGION, CountryCode.SWEDEN,
                Identifier.parse("nuts:SE312")).area()).contains(Geography.nuts(NutsCode.of("SE312")));
    }

    @Test
    void aCountryIsItsOwnAreaAndAGroupHasNoCountry() {
        Territory germany = Territory.of(ActorId.of("deutschland"), "Deutschland", TerritoryKind.COUNTRY,
                CountryCode.of("DE"), Identifier.parse("iso3166-1:DE"));
        Territory eu = Territory.of(ActorId.of("eu-27"), "EU-27", TerritoryKind.COUNTRY_GROUP, null);

        assertThat(germany.area()).contains(Geography.country(CountryCode.of("DE")));
        assertThat(germany.level()).isEqualTo(GovernanceLevel.NATIONAL);
        assertThat(eu.level()).isEqualTo(GovernanceLevel.EU);
        assertThat(eu.area()).isEmpty();
        assertThat(eu.withPartOf(null).country()).isNull();
    }

    @Test
    void rejectsACountryForAGroupNoneForOthersMunicipalityCodesAndForeignIdentifiers() {
        assertThatThrownBy(() -> Territory.of(ActorId.of("eu"), "EU", TerritoryKind.COUNTRY_GROUP,
                CountryCode.SWEDEN)).isInstanceOf(ClimateCityException.class)
                .hasMessage("territory 'eu' is a group of countries and must not have a country, was SE");
        assertThatThrownBy(() -> Territory.of(DALARNA, "Dalarna", TerritoryKind.COUNTY, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("territory 'dalarnas-lan' must have a country unless it is a group of countries");
        assertThatThrownBy(() -> Territory.of(DALARNA, "Dalarna", TerritoryKind.COUNTY, CountryCode.SWEDEN,
                Identifier.parse("se-kommun:2081"))).isInstanceOf(ClimateCityException.class)
                .hasMessage("territory 'dalarnas-lan' must not have a municipality code (se-kommun); a municipality"
                        + " is a Municipality");
        assertThatThrownBy(() -> Territory.of(DALARNA, "Dalarna", TerritoryKind.COUNTY, CountryCode.SWEDEN,
                Identifier.parse("nuts:FI1B"))).isInstanceOf(ClimateCityException.class)
                .hasMessage("identifier 'nuts:FI1B' of 'dalarnas-lan' names country FI, but the place lies in SE");
        assertThatThrownBy(() -> Territory.of(ActorId.of("eu"), "EU", TerritoryKind.COUNTRY_GROUP, null,
                Identifier.parse("iso3166-1:SE"))).isInstanceOf(ClimateCityException.class)
                .hasMessage("identifier 'iso3166-1:SE' of 'eu' names country SE, but the place lies in no one"
                        + " country");
        assertThatThrownBy(() -> Territory.of(DALARNA, "Dalarna", TerritoryKind.COUNTY, CountryCode.SWEDEN,
                Identifier.parse("nuts:SE312"), Identifier.parse("nuts:SE312")))
                .isInstanceOf(ClimateCityException.class).hasMessageContaining("place identifiers");
        assertThat(new Territory(DALARNA, "Dalarna", TerritoryKind.COUNTY, CountryCode.SWEDEN, List.of(),
                List.of(), null, List.of(), new Location(60.6, 15.6), 28_000.0).location().latitude())
                .isEqualTo(60.6);
    }

    @Test
    void namesHaveAnOptionalLanguageTagAndLocationsStayOnTheGlobe() {
        assertThat(PlaceName.of("Munich", "en").language()).isEqualTo("en");
        assertThat(new PlaceName(" München ", null).name()).isEqualTo("München");
        assertThatThrownBy(() -> PlaceName.of("Munich", "English")).isInstanceOf(ClimateCityException.class)
                .hasMessage("place name language must be a BCP 47 tag such as 'sv' or 'de-AT', was 'English'");
        assertThatThrownBy(() -> new Location(90.5, 0)).isInstanceOf(ClimateCityException.class)
                .hasMessage("latitude must be from -90 to 90 degrees, was 90.5");
        assertThatThrownBy(() -> new Location(0, Double.NaN)).isInstanceOf(ClimateCityException.class)
                .hasMessage("longitude must be from -180 to 180 degrees, was NaN");
    }

    @Test
    void copiesAddNamesLocationAndAreaAsTheConstructorDoes() {
        ActorId uusimaa = ActorId.of("uusimaa");
        CountryCode finland = CountryCode.of("FI");
        Identifier nuts = Identifier.parse("nuts:FI1B");
        List<PlaceName> names = List.of(PlaceName.of("Nyland", "sv"));
        Location seat = new Location(60.17, 24.94);

        assertThat(Territory.of(uusimaa, "Uusimaa", TerritoryKind.REGION, finland, nuts).withNames(names)
                .withLocation(seat).withAreaKm2(9_097.0)).isEqualTo(new Territory(uusimaa, "Uusimaa",
                        TerritoryKind.REGION, finland, List.of(nuts), names, null, List.of(), seat, 9_097.0));
        assertThatThrownBy(() -> Territory.of(uusimaa, "Uusimaa", TerritoryKind.REGION, finland, nuts)
                .withAreaKm2(Double.NaN)).isInstanceOf(ClimateCityException.class)
                .hasMessage("area of 'uusimaa' must be a positive number of square kilometres, was NaN");
    }
}
