package org.climatecity.core.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.climatecity.core.common.Share;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalingStageTest {

    private static final Geography BORLANGE = Geography.municipality(MunicipalityCode.of("2081"));
    private static final Geography AVESTA = Geography.municipality(MunicipalityCode.of("2084"));
    private static final Geography GAVLE = Geography.municipality(MunicipalityCode.of("2180"));
    private static final Geography DALARNA = Geography.county(CountyCode.of("20"));
    private static final Geography SWEDEN = Geography.country(CountryCode.SWEDEN);

    private static ScalingStage stage(List<Geography> areas) {
        return new ScalingStage(LocalId.of("s"), "Stage", areas, 2025, new AdoptionCurve.Linear(4), Share.of(0.5),
                List.of(), null);
    }

    @ParameterizedTest
    @CsvSource({"2024,0", "2025,0", "2026,0.125", "2027,0.25", "2029,0.5", "2040,0.5"})
    void adoptsTheSaturationShareTimesTheCurve(int year, double share) {
        assertThat(stage(List.of(DALARNA)).adoptionShare(year)).isCloseTo(share, within(1e-12));
    }

    @Test
    void coversAPreviousStageWhenEachOfItsAreasLiesInOneOfThisStagesAreas() {
        ScalingStage cities = stage(List.of(BORLANGE, AVESTA));

        assertThat(stage(List.of(DALARNA)).covers(cities)).isTrue();
        assertThat(stage(List.of(SWEDEN)).covers(stage(List.of(DALARNA)))).isTrue();
        assertThat(stage(List.of(BORLANGE, AVESTA, GAVLE)).covers(cities)).isTrue();
        assertThat(stage(List.of(BORLANGE)).covers(cities)).isFalse();
        assertThat(stage(List.of(DALARNA)).covers(stage(List.of(BORLANGE, GAVLE)))).isFalse();
        assertThat(cities.covers(stage(List.of(DALARNA)))).isFalse();
    }

    @Test
    void rejectsStagesWithoutOrWithRepeatedAreasSharesOutOfRangeAndRepeatedJurisdictions() {
        assertThatThrownBy(() -> stage(List.of())).isInstanceOf(ClimateCityException.class)
                .hasMessage("stage geographies must name at least one area, was empty");
        assertThatThrownBy(() -> stage(List.of(DALARNA, DALARNA))).isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("stage geographies must not repeat a value, repeated 'CountyArea");
        assertThatThrownBy(() -> new ScalingStage(LocalId.of("s"), "S", List.of(DALARNA), 2025,
                new AdoptionCurve.Step(0), null, List.of(), null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("saturation share must not be null");
        Jurisdiction j = new Jurisdiction(LocalId.of("j"), "J", DALARNA, 1, Provenance.illustrative("x"));
        assertThatThrownBy(() -> new ScalingStage(LocalId.of("s"), "S", List.of(DALARNA), 2025,
                new AdoptionCurve.Step(0), Share.ALL, List.of(j, j), null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("jurisdiction ids must not repeat a value, repeated 'j'");
        assertThatThrownBy(() -> new ScalingStage(LocalId.of("s"), "S", List.of(DALARNA), 2025, null, Share.ALL,
                List.of(), null))
                .isInstanceOf(ClimateCityException.class).hasMessage("adoption curve must not be null");
    }
}
