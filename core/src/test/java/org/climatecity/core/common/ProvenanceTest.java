package org.climatecity.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final DataSource SMHI = DataSource.of("SMHI", "Nationella emissionsdatabasen").withVintage("2025");

    @Test
    void marksOnlyIllustrativeFiguresAsIllustrative() {
        Provenance made = Provenance.illustrative("chosen to show scaling");
        Provenance smhi = Provenance.officialStatistics(SMHI);

        assertThat(made.isIllustrative()).isTrue();
        assertThat(made.source()).isNull();
        assertThat(made.note()).isEqualTo("chosen to show scaling");
        assertThat(made.describe()).isEqualTo("illustrative: chosen to show scaling");
        assertThat(smhi.isIllustrative()).isFalse();
        assertThat(smhi.kind()).isEqualTo(Provenance.Kind.OFFICIAL_STATISTICS);
        assertThat(smhi.source()).isEqualTo(SMHI);
        assertThat(smhi.describe()).isEqualTo("SMHI, Nationella emissionsdatabasen (2025)");
        assertThat(Provenance.assumed("only the year is known").describe())
                .isEqualTo("assumed: only the year is known");
        assertThat(Provenance.reported(SMHI).kind().isSourced()).isTrue();
    }

    @Test
    void stripsTheNote() {
        Provenance p = new Provenance(Provenance.Kind.MEASURED, SMHI, " 2024 ");

        assertThat(p.note()).isEqualTo("2024");
        assertThat(p.describe()).isEqualTo("SMHI, Nationella emissionsdatabasen (2025); 2024");
    }

    @Test
    void sourcedKindsNameASourceAndMadeUpOnesANote() {
        assertThatThrownBy(() -> new Provenance(null, SMHI, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("provenance kind must not be null");
        assertThatThrownBy(() -> Provenance.officialStatistics(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("provenance of kind official-statistics must name its source");
        assertThatThrownBy(() -> new Provenance(Provenance.Kind.ILLUSTRATIVE, SMHI, "x"))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("provenance of kind illustrative must not name a source, it has a note");
        assertThatThrownBy(() -> new Provenance(Provenance.Kind.ASSUMED, null, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("provenance of kind assumed must have a note saying how the value was chosen");
        assertThatThrownBy(() -> Provenance.illustrative("")).isInstanceOf(ClimateCityException.class)
                .hasMessage("provenance note must not be blank");
    }
}
