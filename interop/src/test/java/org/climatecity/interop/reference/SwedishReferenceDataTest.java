package org.climatecity.interop.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.registry.SwedishRegions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishReferenceDataTest {

    private static final MunicipalityCode BORLANGE = MunicipalityCode.of("2081");
    private static final MunicipalityCode AVESTA = MunicipalityCode.of("2084");
    private final SwedishReferenceData data = SwedishReferenceData.get();

    @Test
    void listsTheSameMunicipalitiesAsTheCoreRegistry() {
        assertThat(data.municipalities()).hasSize(290)
                .containsExactlyElementsOf(SwedishRegions.get().municipalities().stream()
                        .map(m -> m.code()).toList());
    }

    @Test
    void listsTheFifteenMunicipalitiesOfDalarna() {
        assertThat(data.municipalitiesOf(CountyCode.of("20"))).hasSize(15)
                .contains(BORLANGE, AVESTA, MunicipalityCode.of("2080"))
                .allSatisfy(code -> assertThat(code.county()).isEqualTo(CountyCode.of("20")));
    }

    @ParameterizedTest
    @CsvSource({"2081, Borlänge, 51735", "2084, Avesta, 22753", "0180, Stockholm, 988943", "2021, Vansbro, 6728"})
    void givesNameAndPopulationOnLastDayOf2023(String code, String name, long population) {
        MunicipalityCode municipality = MunicipalityCode.of(code);
        assertThat(data.name(municipality)).isEqualTo(name);
        assertThat(data.population(municipality)).isEqualTo(population);
        assertThat(data.populationFigure(municipality).asOf()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void sumsThePopulationOfSwedenAndOfDalarna() {
        long sweden = data.municipalities().stream().mapToLong(data::population).sum();
        assertThat(sweden).isEqualTo(10_551_707L);
        assertThat(data.population(CountyCode.of("20"))).isEqualTo(
                data.municipalitiesOf(CountyCode.of("20")).stream().mapToLong(data::population).sum());
        assertThat(data.population(CountyCode.of("99"))).isZero();
    }

    @Test
    void hasEmissionsForTenYearsFrom1990To2024() {
        assertThat(data.emissionsYears()).containsExactly(1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024);
    }

    @Test
    void givesBorlangesPublishedTotalFor2024() {
        assertThat(Math.round(data.totalEmissions(BORLANGE, 2024))).isEqualTo(423_796L);
        assertThat(data.totalEmissions(BORLANGE, 2024)).isCloseTo(423_795.83, within(0.005));
        assertThat(data.emissions(BORLANGE, SwedishMainSector.INDUSTRY, 2024)).isEqualTo(251_161.04);
        assertThat(data.emissions(BORLANGE, SwedishMainSector.DOMESTIC_TRANSPORT, 2024)).isEqualTo(78_921.70);
    }

    @Test
    void seriesAgreeWithSingleFigures() {
        assertThat(data.totalEmissionsSeries(AVESTA)).hasSize(10).allSatisfy(
                (year, total) -> assertThat(total).isEqualTo(data.totalEmissions(AVESTA, year)));
        assertThat(data.emissionsSeries(AVESTA, SwedishMainSector.WASTE).firstKey()).isEqualTo(1990);
    }

    @Test
    void agreesWithEveryRowOfTheEmbeddedFile() throws IOException {
        int checked = 0;
        try (InputStream in = new java.util.zip.GZIPInputStream(
                SwedishReferenceData.class.getResourceAsStream("se-municipal-ghg-by-sector.csv.gz"));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(",");
                assertThat(data.emissions(MunicipalityCode.of(cells[0]), SwedishMainSector.fromLabel(cells[2]),
                        Integer.parseInt(cells[1]))).isEqualTo(Double.parseDouble(cells[3]));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(290 * 10 * 9);
    }

    @Test
    void buildsAnInventoryWithOneEntryPerSectorAndTheEmissionsDatabaseAsSource() {
        EmissionsInventory inventory = data.inventory(ActorId.of("borlange"), BORLANGE, 2024);
        assertThat(inventory.entries()).hasSize(9);
        assertThat(inventory.total().tonnesCo2e()).isCloseTo(423_795.83, within(0.005));
        assertThat(inventory.gasBasis()).isEqualTo(GasBasis.ALL_GHG_AR5);
        assertThat(inventory.provenance().kind()).isEqualTo(Provenance.Kind.OFFICIAL_STATISTICS);
        assertThat(inventory.provenance().source().publisher()).isEqualTo("SMHI");
        assertThat(inventory.boundary()).isEqualTo(org.climatecity.core.emissions.Boundary.TERRITORIAL);
    }

    @Test
    void rejectsAnUnknownMunicipality() {
        assertThatThrownBy(() -> data.population(MunicipalityCode.of("2099")))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("municipality code must name one of Sweden's 290 municipalities, was '2099'");
    }

    @Test
    void rejectsAYearWithoutFigures() {
        assertThatThrownBy(() -> data.totalEmissions(BORLANGE, 2019))
                .isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("emissions year must be one of [1990, 2000")
                .hasMessageEndingWith(", was 2019");
    }
}
