package org.climatecity.core.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class GasBasisTest {

    @Test
    void offersTheCommonBases() {
        assertThat(GasBasis.CO2_ONLY).isEqualTo(new GasBasis(GasCoverage.CO2_ONLY, null));
        assertThat(GasBasis.ALL_GHG_AR5).isEqualTo(new GasBasis(GasCoverage.ALL_GHG, GwpSet.AR5));
        assertThat(new GasBasis(GasCoverage.ALL_GHG, null).gwp()).isNull();
    }

    @Test
    void rejectsAGwpSetForCo2Only() {
        assertThatThrownBy(() -> new GasBasis(GasCoverage.CO2_ONLY, GwpSet.AR6))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("GWP set must be absent for CO2-only figures, was ar6");
        assertThatThrownBy(() -> new GasBasis(null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("gas coverage must not be null");
    }
}
