package org.climatecity.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.common.Share;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class TargetKindTest {

    @Test
    void namesEachKindStably() {
        List<TargetKind> kinds = List.of(new TargetKind.AbsoluteReduction(1000),
                new TargetKind.RelativeReduction(Share.ofPercent(63)),
                new TargetKind.ClimateNeutral(Share.of(0.15)), new TargetKind.NetZero(Share.of(0.1)),
                new TargetKind.PerCapitaIntensity(1), new TargetKind.FixedLevel(0),
                new TargetKind.BusinessAsUsualReduction(Share.ofPercent(40)));

        assertThat(kinds).extracting(TargetKind::typeName).containsExactly("absolute-reduction",
                "relative-reduction", "climate-neutral", "net-zero", "per-capita-intensity", "fixed-level",
                "business-as-usual-reduction");
    }

    @Test
    void rejectsValuesOutOfRange() {
        assertThatThrownBy(() -> new TargetKind.AbsoluteReduction(-1)).isInstanceOf(ClimateCityException.class)
                .hasMessage("absolute reduction tonnes CO2e must not be negative, was -1.0");
        assertThatThrownBy(() -> new TargetKind.RelativeReduction(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("relative reduction share must not be null");
        assertThatThrownBy(() -> new TargetKind.ClimateNeutral(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("residual share must not be null");
        assertThatThrownBy(() -> new TargetKind.NetZero(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("residual share must not be null");
        assertThatThrownBy(() -> new TargetKind.PerCapitaIntensity(Double.NaN))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("tonnes per resident must be a finite number, was NaN");
        assertThatThrownBy(() -> new TargetKind.FixedLevel(-5)).isInstanceOf(ClimateCityException.class)
                .hasMessage("fixed level tonnes CO2e must not be negative, was -5.0");
    }
}
