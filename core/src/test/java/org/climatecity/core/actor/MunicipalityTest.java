package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.MunicipalityCode;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

    private static final ActorId BORLANGE = ActorId.of("borlange");

    @Test
    void isALocalPublicActorInTheCountyOfItsCode() {
        Municipality borlange = Municipality.of(BORLANGE, "Borlänge", MunicipalityCode.of("2081"));

        assertThat(borlange.county()).contains(CountyCode.of("20"));
        assertThat(borlange.code()).contains(MunicipalityCode.of("2081"));
        assertThat(borlange.country()).isEqualTo(CountryCode.SWEDEN);
        assertThat(borlange.identifiers()).containsExactly(Identifier.parse("se-kommun:2081"));
        assertThat(borlange.area()).contains(Geography.municipality(MunicipalityCode.of("2081")));
        assertThat(borlange.level()).isEqualTo(GovernanceLevel.LOCAL);
        assertThat(borlange.sector()).isEqualTo(ActorSector.PUBLIC);
        assertThat(borlange.kind()).isEqualTo(ActorKind.MUNICIPALITY);
        assertThat(borlange.latestPopulation()).isEmpty();
    }

    @Test
    void carriesAPopulationSeriesInDateOrder() {
        Population earlier = Population.of(51_735, LocalDate.of(2022, 12, 31));
        Population census = Population.of(52_035, LocalDate.of(2023, 12, 31));
        Municipality borlange = Municipality.of(BORLANGE, " Borlänge ", MunicipalityCode.of("2081"))
                .withPopulation(List.of(earlier, census));

        assertThat(borlange.name()).isEqualTo("Borlänge");
        assertThat(borlange.latestPopulation()).contains(census);
        assertThat(borlange.populationIn(2022)).contains(earlier);
        assertThat(borlange.populationIn(2021)).isEmpty();
        assertThatThrownBy(() -> borlange.withPopulation(List.of(census, earlier)))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("population of 'borlange' must be ordered by date, but 2022-12-31 follows 2023-12-31");
    }

    @Test
    void aMunicipalityOfAnyCountryIsIdentifiedInNamespaces() {
        Municipality munich = new Municipality(ActorId.of("munchen"), "München", CountryCode.of("DE"),
                List.of(Identifier.parse("lau:DE:09162000"), Identifier.parse("locode:DE MUC"),
                        Identifier.parse("wikidata:Q1726")),
                List.of(PlaceName.of("Munich", "en")), ActorId.of("bayern"),
                List.of(Population.of(1_512_491, LocalDate.of(2022, 12, 31))), new Location(48.1372, 11.5756),
                310.7);

        assertThat(munich.code()).isEmpty();
        assertThat(munich.county()).isEmpty();
        assertThat(munich.identifier(Identifier.LOCODE)).contains(Identifier.parse("locode:DE MUC"));
        assertThat(munich.area()).contains(Geography.lau(LauCode.parse("DE:09162000")));
        assertThatThrownBy(munich::requireCode).isInstanceOf(ClimateCityException.class)
                .hasMessage("municipality 'munchen' has no Swedish municipality code (se-kommun identifier)");
    }

    @Test
    void rejectsIdentifiersOfAnotherCountryTwoSwedishCodesACountyCodeAndBeingPartOfItself() {
        ActorId id = ActorId.of("munchen");
        CountryCode germany = CountryCode.of("DE");
        assertThatThrownBy(() -> Municipality.of(id, "München", germany, Identifier.parse("lau:AT:90001")))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("identifier 'lau:AT:90001' of 'munchen' names country AT, but the place lies in DE");
        assertThatThrownBy(() -> Municipality.of(BORLANGE, "Borlänge", CountryCode.SWEDEN,
                Identifier.parse("se-kommun:2081"), Identifier.parse("se-kommun:2084")))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("place 'borlange' must have at most one Swedish municipality or county code, had 2");
        assertThatThrownBy(() -> Municipality.of(BORLANGE, "Borlänge", CountryCode.SWEDEN,
                Identifier.parse("se-lan:20")))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("municipality 'borlange' must not have a county code (se-lan); name its county with"
                        + " partOf");
        assertThatThrownBy(() -> Municipality.of(BORLANGE, "Borlänge", MunicipalityCode.of("2081"))
                .withPartOf(BORLANGE))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("place 'borlange' must not be part of itself");
        assertThatThrownBy(() -> new Municipality(BORLANGE, "Borlänge", CountryCode.SWEDEN, List.of(), List.of(),
                null, List.of(), null, 0.0))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("area of 'borlange' must be a positive number of square kilometres, was 0.0");
    }

    @Test
    void rejectsMissingIdBlankNameAndMissingCode() {
        MunicipalityCode code = MunicipalityCode.of("2081");
        assertThatThrownBy(() -> Municipality.of(null, "Borlänge", code)).isInstanceOf(ClimateCityException.class)
                .hasMessage("actor id must not be null");
        assertThatThrownBy(() -> Municipality.of(BORLANGE, "  ", code)).isInstanceOf(ClimateCityException.class)
                .hasMessage("actor name must not be blank");
        assertThatThrownBy(() -> Municipality.of(BORLANGE, "Borlänge", null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("municipality code must not be null");
    }

    @Test
    void copiesAddNamesLocationAndAreaAsTheConstructorDoes() {
        ActorId helsinki = ActorId.of("helsinki");
        CountryCode finland = CountryCode.of("FI");
        Identifier lau = Identifier.parse("lau:FI:091");
        List<PlaceName> names = List.of(PlaceName.of("Helsingfors", "sv"));
        Location centre = new Location(60.17, 24.94);

        assertThat(Municipality.of(helsinki, "Helsinki", finland, lau).withNames(names).withLocation(centre)
                .withAreaKm2(214.0)).isEqualTo(new Municipality(helsinki, "Helsinki", finland, List.of(lau), names,
                        null, List.of(), centre, 214.0));
        assertThat(Municipality.of(helsinki, "Helsinki", finland, lau).withAreaKm2(214.0).withAreaKm2(null)
                .areaKm2()).isNull();
        assertThatThrownBy(() -> Municipality.of(helsinki, "Helsinki", finland, lau).withAreaKm2(-1.0))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("area of 'helsinki' must be a positive number of square kilometres, was -1.0");
    }
}
