package org.climatecity.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.id.NutsCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GeographyTest {

    private static final Geography NORDIC = new Geography.CountryGroupArea("Nordic",
            Set.of(CountryCode.SWEDEN, CountryCode.of("FI"), CountryCode.of("NO")));
    private static final Geography SE_FI = new Geography.CountryGroupArea("SE-FI",
            Set.of(CountryCode.SWEDEN, CountryCode.of("FI")));

    /** Reads {@code m:2081}, {@code c:20}, {@code n:SE}, {@code l:DE:09162000}, {@code u:SE312}, {@code nordic} or
     * {@code se-fi}. */
    private static Geography area(String text) {
        return switch (text.substring(0, Math.min(2, text.length()))) {
            case "m:" -> Geography.municipality(MunicipalityCode.of(text.substring(2)));
            case "c:" -> Geography.county(CountyCode.of(text.substring(2)));
            case "n:" -> Geography.country(CountryCode.of(text.substring(2)));
            case "l:" -> Geography.lau(LauCode.parse(text.substring(2)));
            case "u:" -> Geography.nuts(NutsCode.of(text.substring(2)));
            default -> text.equals("nordic") ? NORDIC : SE_FI;
        };
    }

    @ParameterizedTest
    @CsvSource({
        "m:2081,m:2081,true", "m:2081,m:2084,false", "m:2081,c:20,false",
        "c:20,m:2081,true", "c:20,m:2084,true", "c:20,m:2180,false", "c:20,c:20,true", "c:20,c:21,false",
        "c:20,n:SE,false",
        "n:SE,m:2081,true", "n:SE,c:20,true", "n:SE,n:SE,true", "n:FI,m:2081,false", "n:FI,c:20,false",
        "n:SE,nordic,false",
        "nordic,m:2081,true", "nordic,c:20,true", "nordic,n:NO,true", "nordic,n:DK,false", "nordic,se-fi,true",
        "se-fi,nordic,false", "se-fi,se-fi,true",
        "l:SE:2081,m:2081,true", "m:2081,l:SE:2081,true", "c:20,l:SE:2081,true", "c:21,l:SE:2081,false",
        "l:DE:09162000,l:DE:09162000,true", "n:DE,l:DE:09162000,true", "n:SE,l:DE:09162000,false",
        "nordic,l:DE:09162000,false", "nordic,l:FI:091,true",
        "u:SE3,u:SE312,true", "u:SE312,u:SE3,false", "u:SE312,u:SE312,true", "n:SE,u:SE312,true",
        "n:GR,u:EL30,true", "u:SE312,m:2081,false", "u:DE2,l:DE:09162000,false", "l:SE:2081,n:SE,false",
    })
    void containsItselfAndTheAreasNestedInIt(String outer, String inner, boolean contains) {
        assertThat(area(outer).contains(area(inner))).isEqualTo(contains);
    }

    @ParameterizedTest
    @CsvSource({"m:2081,LOCAL", "c:20,REGIONAL", "n:SE,NATIONAL", "nordic,EU", "l:DE:09162000,LOCAL",
        "u:DE21,REGIONAL"})
    void hasTheLevelOfItsKind(String area, GovernanceLevel level) {
        assertThat(area(area).level()).isEqualTo(level);
    }

    @Test
    void aNutsAreaIsOfLevelOneToThree() {
        assertThatThrownBy(() -> Geography.nuts(NutsCode.of("SE"))).isInstanceOf(ClimateCityException.class)
                .hasMessage("NUTS area must be of level 1 to 3; level 0 'SE' is a country area");
        assertThat(Geography.nuts(NutsCode.of("EL30")).country()).contains(CountryCode.of("GR"));
        assertThat(NORDIC.country()).isEmpty();
    }

    @Test
    void rejectsCountryGroupsOfFewerThanTwoCountriesAndMissingCodes() {
        assertThatThrownBy(() -> new Geography.CountryGroupArea("Sweden", Set.of(CountryCode.SWEDEN)))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("country group must have at least 2 countries, had 1");
        assertThatThrownBy(() -> new Geography.CountryGroupArea(" ", Set.of(CountryCode.SWEDEN)))
                .isInstanceOf(ClimateCityException.class).hasMessage("country group name must not be blank");
        assertThatThrownBy(() -> Geography.municipality(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("municipality code must not be null");
        assertThatThrownBy(() -> Geography.county(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("county code must not be null");
        assertThatThrownBy(() -> Geography.country(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("country code must not be null");
    }

    @Test
    void keepsTheCountriesOfAGroupSorted() {
        assertThat(((Geography.CountryGroupArea) NORDIC).countries()).extracting(CountryCode::value)
                .containsExactly("FI", "NO", "SE");
    }
}
