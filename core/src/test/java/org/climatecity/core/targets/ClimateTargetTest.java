package org.climatecity.core.targets;

import org.climatecity.core.emissions.Boundary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.common.Share;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.junit.jupiter.api.Test;

class ClimateTargetTest {

    private static final LocalId ID = LocalId.of("target");
    private static final ActorId BORLANGE = ActorId.of("borlange");
    private static final ActorId AVESTA = ActorId.of("avesta");
    private static final TargetKind NEUTRAL = new TargetKind.ClimateNeutral(Share.of(0.15));

    private static ClimateTarget target(List<ActorId> owners, Baseline baseline) {
        return new ClimateTarget(ID, "Climate neutral 2030", owners, NEUTRAL, Boundary.TERRITORIAL, List.of(),
                GasBasis.ALL_GHG_AR5, baseline, 2030, List.of(new Milestone(2027, Share.ofPercent(50))), PathwayShape.LINEAR);
    }

    @Test
    void isJointWithMoreThanOneOwner() {
        assertThat(target(List.of(BORLANGE, AVESTA), null).isJoint()).isTrue();
        assertThat(target(List.of(BORLANGE), null).isJoint()).isFalse();
    }

    @Test
    void mayHaveNoBaseline() {
        assertThat(target(List.of(BORLANGE), null).baselineValue()).isEmpty();
        assertThat(target(List.of(BORLANGE), new Baseline(1990, 851_299.55)).baselineValue())
                .contains(new Baseline(1990, 851_299.55));
    }

    @Test
    void rejectsMissingOrRepeatedOwnersAndSectorsAndYearsOutOfRange() {
        assertThatThrownBy(() -> target(List.of(), null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("target owners must name at least one owner, was empty");
        assertThatThrownBy(() -> target(List.of(BORLANGE, BORLANGE), null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("target owners must not repeat a value, repeated 'borlange'");
        assertThatThrownBy(() -> new ClimateTarget(ID, "T", List.of(BORLANGE), NEUTRAL, Boundary.TERRITORIAL,
                List.of(SwedishMainSector.INDUSTRY, SwedishMainSector.INDUSTRY), GasBasis.CO2_ONLY, null, 2030,
                List.of(), PathwayShape.LINEAR)).isInstanceOf(ClimateCityException.class)
                .hasMessage("target sectors must not repeat a value, repeated 'INDUSTRY'");
        assertThatThrownBy(() -> new ClimateTarget(ID, "T", List.of(BORLANGE), NEUTRAL, Boundary.TERRITORIAL,
                List.of(), GasBasis.CO2_ONLY, null, 2201, List.of(), PathwayShape.LINEAR))
                .isInstanceOf(ClimateCityException.class).hasMessage("target year must be a year from 1900 to 2200, was 2201");
        assertThatThrownBy(() -> new ClimateTarget(ID, "T", List.of(BORLANGE), null, Boundary.TERRITORIAL,
                List.of(), GasBasis.CO2_ONLY, null, 2030, List.of(), PathwayShape.LINEAR))
                .isInstanceOf(ClimateCityException.class).hasMessage("target kind must not be null");
        assertThatThrownBy(() -> new ClimateTarget(ID, "T", List.of(BORLANGE), NEUTRAL, Boundary.TERRITORIAL,
                List.of(), GasBasis.CO2_ONLY, null, 2030, List.of(), null))
                .isInstanceOf(ClimateCityException.class).hasMessage("pathway must not be null");
    }
}
