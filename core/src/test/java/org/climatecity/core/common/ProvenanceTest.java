package org.climatecity.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void marksOnlyIllustrativeFiguresAsIllustrative() {
        Provenance made = Provenance.illustrative("chosen to show scaling");
        Provenance smhi = Provenance.officialStatistics("SMHI");

        assertThat(made.isIllustrative()).isTrue();
        assertThat(made.source()).isEqualTo("illustrative");
        assertThat(made.note()).isEqualTo("chosen to show scaling");
        assertThat(smhi.isIllustrative()).isFalse();
        assertThat(smhi.kind()).isEqualTo(Provenance.Kind.OFFICIAL_STATISTICS);
        assertThat(smhi.note()).isNull();
    }

    @Test
    void stripsSourceAndNote() {
        Provenance p = new Provenance(Provenance.Kind.MEASURED, "  evaluation ", " 2024 ");

        assertThat(p.source()).isEqualTo("evaluation");
        assertThat(p.note()).isEqualTo("2024");
    }

    @Test
    void rejectsMissingKindBlankSourceAndBlankNote() {
        assertThatThrownBy(() -> new Provenance(null, "x", null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("provenance kind must not be null");
        assertThatThrownBy(() -> Provenance.officialStatistics(" ")).isInstanceOf(ClimateCityException.class)
                .hasMessage("provenance source must not be blank");
        assertThatThrownBy(() -> Provenance.officialStatistics(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("provenance source must not be null");
        assertThatThrownBy(() -> Provenance.illustrative("")).isInstanceOf(ClimateCityException.class)
                .hasMessage("provenance note must not be blank");
    }
}
