package org.climatecity.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Share;
import org.climatecity.core.emissions.Boundary;
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
                GasBasis.ALL_GHG_AR5, baseline, 2030, List.of(new Milestone(2027, Share.ofPercent(50), null)),
                        PathwayShape.LINEAR, null, null, null, null, List.of());
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
                List.of(), PathwayShape.LINEAR, null, null, null, null,
                        List.of())).isInstanceOf(ClimateCityException.class)
                .hasMessage("target sectors must not repeat a value, repeated 'INDUSTRY'");
        assertThatThrownBy(() -> new ClimateTarget(ID, "T", List.of(BORLANGE), NEUTRAL, Boundary.TERRITORIAL,
                List.of(), GasBasis.CO2_ONLY, null, 2201, List.of(), PathwayShape.LINEAR, null, null, null, null,
                        List.of()))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("target year must be a year from 1900 to 2200, was 2201");
        assertThatThrownBy(() -> new ClimateTarget(ID, "T", List.of(BORLANGE), null, Boundary.TERRITORIAL,
                List.of(), GasBasis.CO2_ONLY, null, 2030, List.of(), PathwayShape.LINEAR, null, null, null, null,
                        List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("target kind must not be null");
        assertThatThrownBy(() -> new ClimateTarget(ID, "T", List.of(BORLANGE), NEUTRAL, Boundary.TERRITORIAL,
                List.of(), GasBasis.CO2_ONLY, null, 2030, List.of(), null, null, null, null, null, List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("pathway must not be null");
    }

    @Test
    void keepsWhereAndWhenATargetWasStatedAndProgressOthersReported() {
        org.climatecity.core.common.Provenance klimatkollen = org.climatecity.core.common.Provenance.reported(
                org.climatecity.core.common.DataSource.of("Klimatkollen", "climate-data.json"));
        ClimateTarget target = ClimateTarget.builder(org.climatecity.core.id.LocalId.of("t"), "T",
                        new TargetKind.BusinessAsUsualReduction(Share.ofPercent(40)), 2030)
                .owners(org.climatecity.core.id.ActorId.of("borlange"))
                .adopted(java.time.LocalDate.of(2021, 3, 30)).url("https://www.borlange.se/klimat")
                .summary(" Climate neutral by 2030 ").provenance(klimatkollen).baseline(1990, 100)
                .reportedProgress(new ReportedProgress(Share.ofPercent(35), java.time.LocalDate.of(2024, 12, 31),
                        klimatkollen))
                .build();

        assertThat(target.summary()).isEqualTo("Climate neutral by 2030");
        assertThat(target.reportedProgress()).singleElement()
                .satisfies(p -> assertThat(p.achieved()).isEqualTo(Share.ofPercent(35)));
        assertThatThrownBy(() -> ClimateTarget.builder(org.climatecity.core.id.LocalId.of("t"), "T",
                        new TargetKind.FixedLevel(0), 2030).owners(org.climatecity.core.id.ActorId.of("b"))
                .url("www.borlange.se/klimat").build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("target URL must be an absolute http or https address, was 'www.borlange.se/klimat'");
        assertThatThrownBy(() -> org.climatecity.core.calc.TargetPaths.forTarget(target))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("target kind business-as-usual-reduction has no path");
    }

    @Test
    void copiesWithOtherOwners() {
        ClimateTarget joint = ClimateTarget.builder(LocalId.of("t"), "T", new TargetKind.FixedLevel(0), 2030)
                .owners(ActorId.of("borlange"), ActorId.of("avesta")).sectors(SwedishMainSector.WASTE).build();

        ClimateTarget alone = joint.withOwners(List.of(ActorId.of("avesta")));
        assertThat(alone.owners()).containsExactly(ActorId.of("avesta"));
        assertThat(alone.sectors()).isEqualTo(joint.sectors());
        assertThat(alone.withOwners(joint.owners())).isEqualTo(joint);
        assertThatThrownBy(() -> joint.withOwners(List.of())).isInstanceOf(ClimateCityException.class)
                .hasMessage("target owners must name at least one owner, was empty");
    }

    @Test
    void builderSetsABaselineYearWithoutAValue() {
        ClimateTarget target = ClimateTarget.builder(ID, "Neutral", NEUTRAL, 2030).owners(BORLANGE)
                .baselineYear(1990).build();

        assertThat(target.baseline()).isEqualTo(new Baseline(1990, null));
        assertThat(target.baselineValue().flatMap(b -> java.util.Optional.ofNullable(b.tonnesCo2e()))).isEmpty();
        assertThat(target.withBaselineValue(650_000).baseline()).isEqualTo(new Baseline(1990, 650_000.0));
        assertThatThrownBy(() -> ClimateTarget.builder(ID, "Neutral", NEUTRAL, 2030).owners(BORLANGE)
                .baselineYear(1066)).isInstanceOf(ClimateCityException.class).hasMessageContaining("baseline year");
    }
}
