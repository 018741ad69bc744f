package org.climatecity.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishRegionsTest {

    private final SwedishRegions regions = SwedishRegions.get();

    @Test
    void listsThe290MunicipalitiesAndThe21CountiesOrderedByCode() {
        assertThat(regions.municipalities()).hasSize(290).extracting(RegisteredMunicipality::code).isSorted()
                .doesNotHaveDuplicates();
        assertThat(regions.counties()).hasSize(21).extracting(RegisteredCounty::code).isSorted();
        assertThat(regions.municipalities()).allSatisfy(m -> assertThat(regions.county(m.county())).isPresent());
    }

    @Test
    void placesFifteenMunicipalitiesInDalarna() {
        assertThat(regions.municipalitiesIn(CountyCode.of("20"))).hasSize(15)
                .extracting(RegisteredMunicipality::name).contains("Borlänge", "Avesta", "Falun", "Ludvika");
        assertThat(regions.municipalitiesIn(CountyCode.of("11"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2081,Borlänge", "2084,Avesta", "0180,Stockholm", "1480,Göteborg", "2482,Skellefteå",
        "0114,Upplands Väsby", "2584,Kiruna"})
    void namesMunicipalities(String code, String name) {
        assertThat(regions.requireMunicipality(MunicipalityCode.of(code)).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"01,Stockholms län", "20,Dalarnas län", "25,Norrbottens län"})
    void namesCounties(String code, String name) {
        assertThat(regions.requireCounty(CountyCode.of(code)).name()).isEqualTo(name);
    }

    @Test
    void failsForCodesThatNameNoRegion() {
        assertThat(regions.municipality(MunicipalityCode.of("2099"))).isEmpty();
        assertThatThrownBy(() -> regions.requireMunicipality(MunicipalityCode.of("2099")))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("municipality code must name one of Sweden's 290 municipalities, was '2099'");
        assertThatThrownBy(() -> regions.requireCounty(CountyCode.of("11"))).isInstanceOf(ClimateCityException.class)
                .hasMessage("county code must name one of Sweden's 21 counties, was '11'");
    }
}
