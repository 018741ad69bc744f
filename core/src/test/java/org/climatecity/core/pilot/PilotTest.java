package org.climatecity.core.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.junit.jupiter.api.Test;

class PilotTest {

    private static final LocalId ID = LocalId.of("pilot");
    private static final ActorId BORLANGE = ActorId.of("borlange");
    private static final Provenance MADE_UP = Provenance.illustrative("test");

    @Test
    void takesAShareOfASectorAsEffectForSectorDrivers() {
        Pilot pilot = new Pilot(ID, "Pilot", null, List.of(BORLANGE),
                Driver.sectorEmissions(SwedishMainSector.DOMESTIC_TRANSPORT), new EffectEstimate(0, 0.5, 1), MADE_UP);

        assertThat(pilot.effectPerUnit().high()).isEqualTo(1);
    }

    @Test
    void rejectsSectorSharesAboveOneAndPilotsWithoutOrWithRepeatedHosts() {
        assertThatThrownBy(() -> new Pilot(ID, "Pilot", null, List.of(BORLANGE),
                Driver.sectorEmissions(SwedishMainSector.DOMESTIC_TRANSPORT), new EffectEstimate(0, 0.5, 1.5),
                MADE_UP)).isInstanceOf(ClimateCityException.class)
                .hasMessage("effect on a sector's emissions must be a share from 0 to 1, was 1.5");
        assertThatThrownBy(() -> new Pilot(ID, "Pilot", null, List.of(), Driver.population(),
                EffectEstimate.exactly(1), MADE_UP)).isInstanceOf(ClimateCityException.class)
                .hasMessage("host cities must name at least one city, was empty");
        assertThatThrownBy(() -> new Pilot(ID, "Pilot", null, List.of(BORLANGE, BORLANGE), Driver.population(),
                EffectEstimate.exactly(1), MADE_UP)).isInstanceOf(ClimateCityException.class)
                .hasMessage("host cities must not repeat a value, repeated 'borlange'");
        assertThatThrownBy(() -> new Pilot(ID, "Pilot", " ", List.of(BORLANGE), Driver.population(),
                EffectEstimate.exactly(1), MADE_UP)).isInstanceOf(ClimateCityException.class)
                .hasMessage("pilot description must not be blank");
    }

    @Test
    void factoryTakesTheHostCitiesLastAndGivesTheSamePilotAsTheConstructor() {
        ActorId avesta = ActorId.of("avesta");
        EffectEstimate effect = new EffectEstimate(0.05, 0.1, 0.2);
        Pilot pilot = Pilot.of(ID, "Pilot", Driver.population(), effect, MADE_UP, BORLANGE, avesta);

        assertThat(pilot).isEqualTo(new Pilot(ID, "Pilot", null, List.of(BORLANGE, avesta), Driver.population(),
                effect, MADE_UP));
        assertThat(pilot.withDescription("a mobility hub")).isEqualTo(new Pilot(ID, "Pilot", "a mobility hub",
                List.of(BORLANGE, avesta), Driver.population(), effect, MADE_UP));
        assertThatThrownBy(() -> Pilot.of(ID, "Pilot", Driver.population(), effect, MADE_UP))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("host cities must name at least one city, was empty");
    }
}
