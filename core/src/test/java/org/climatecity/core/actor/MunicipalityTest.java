package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.MunicipalityCode;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

    private static final ActorId BORLANGE = ActorId.of("borlange");

    @Test
    void isALocalPublicActorInTheCountyOfItsCode() {
        Municipality borlange = Municipality.of(BORLANGE, "Borlänge", MunicipalityCode.of("2081"));

        assertThat(borlange.county()).isEqualTo(CountyCode.of("20"));
        assertThat(borlange.level()).isEqualTo(GovernanceLevel.LOCAL);
        assertThat(borlange.sector()).isEqualTo(ActorSector.PUBLIC);
        assertThat(borlange.kind()).isEqualTo(ActorKind.MUNICIPALITY);
        assertThat(borlange.populationFigure()).isEmpty();
    }

    @Test
    void carriesAPopulationWithItsDate() {
        Population census = Population.of(51_735, LocalDate.of(2023, 12, 31));
        Municipality borlange = Municipality.of(BORLANGE, " Borlänge ", MunicipalityCode.of("2081"))
                .withPopulation(census);

        assertThat(borlange.name()).isEqualTo("Borlänge");
        assertThat(borlange.populationFigure()).contains(census);
        assertThat(borlange.withPopulation(null).population()).isNull();
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
}
