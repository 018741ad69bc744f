package org.climatecity.interop.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.emissions.GpcSector;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.pilot.Driver;
import org.climatecity.core.pilot.DriverKind;
import org.climatecity.core.pilot.Jurisdiction;
import org.junit.jupiter.api.Test;

class ReferenceJurisdictionsTest {

    private final ReferenceJurisdictions source = ReferenceJurisdictions.get();

    @Test
    void dalarnaIsItsFifteenMunicipalitiesWithTheirPopulation() {
        List<Jurisdiction> dalarna = source.jurisdictions(List.of(Geography.county(CountyCode.of("20"))),
                Driver.population());
        assertThat(dalarna).hasSize(15);
        assertThat(dalarna.get(0).name()).isEqualTo("Vansbro");
        assertThat(dalarna).filteredOn(j -> j.name().equals("Borlänge")).singleElement().satisfies(j -> {
            assertThat(j.id().value()).isEqualTo("se-2081");
            assertThat(j.geography()).isEqualTo(Geography.municipality(MunicipalityCode.of("2081")));
            assertThat(j.driverValue()).isEqualTo(51_735);
            assertThat(j.provenance()).isEqualTo(SwedishReferenceData.POPULATION_PROVENANCE);
        });
    }

    @Test
    void swedenIsAllMunicipalitiesSummingToTheNationalPopulation() {
        List<Jurisdiction> sweden = source.jurisdictions(List.of(Geography.country(CountryCode.SWEDEN)),
                Driver.population());
        assertThat(sweden).hasSize(290);
        assertThat(sweden.stream().mapToDouble(Jurisdiction::driverValue).sum()).isEqualTo(10_551_707.0);
    }

    @Test
    void countsAMunicipalityOnceWhenAreasOverlap() {
        List<Jurisdiction> jurisdictions = source.jurisdictions(List.of(
                Geography.municipality(MunicipalityCode.of("2084")), Geography.county(CountyCode.of("20")),
                Geography.municipality(MunicipalityCode.of("2081"))), Driver.population());
        assertThat(jurisdictions).hasSize(15);
        assertThat(jurisdictions).extracting(j -> j.id().value()).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void givesASectorsLatestEmissionsForASectorDriver() {
        List<Jurisdiction> borlange = source.jurisdictions(List.of(Geography.municipality(MunicipalityCode.of("2081"))),
                Driver.sectorEmissions(SwedishMainSector.DOMESTIC_TRANSPORT));
        assertThat(borlange).singleElement().satisfies(j -> {
            assertThat(j.driverValue()).isEqualTo(78_921.70);
            assertThat(j.provenance().note()).isEqualTo("Transporter, 2024");
        });
    }

    @Test
    void rejectsAreasOutsideSweden() {
        Geography eu = new Geography.CountryGroupArea("EU-27", Set.of(CountryCode.of("SE"), CountryCode.of("FI")));
        assertThatThrownBy(() -> source.jurisdictions(List.of(eu), Driver.population()))
                .isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("reference data covers Sweden's municipalities only; list the jurisdictions")
                .hasMessageEndingWith("explicitly in the stage");
        assertThatThrownBy(() -> source.jurisdictions(List.of(Geography.country(CountryCode.of("NO"))),
                Driver.population())).isInstanceOf(ClimateCityException.class);
    }

    @Test
    void rejectsAnUnknownCountyAndDriversWithoutData() {
        assertThatThrownBy(() -> source.jurisdictions(List.of(Geography.county(CountyCode.of("02"))),
                Driver.population())).isInstanceOf(ClimateCityException.class)
                .hasMessage("county code must name one of Sweden's 21 counties, was '02'");
        assertThatThrownBy(() -> source.jurisdictions(List.of(Geography.county(CountyCode.of("20"))),
                new Driver(DriverKind.VEHICLES, null))).isInstanceOf(ClimateCityException.class)
                .hasMessage("reference data has no figures for driver VEHICLES; it has POPULATION and"
                        + " SECTOR_EMISSIONS");
        assertThatThrownBy(() -> source.jurisdictions(List.of(Geography.county(CountyCode.of("20"))),
                Driver.sectorEmissions(GpcSector.values()[0]))).isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("reference data has emissions by Swedish main sector only, was 'gpc:");
    }
}
