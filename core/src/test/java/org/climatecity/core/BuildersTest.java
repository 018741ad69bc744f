package org.climatecity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionStatus;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.action.Lever;
import org.climatecity.core.common.Share;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.PathwayShape;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.core.time.YearRange;
import org.junit.jupiter.api.Test;

/** The builders give the documented defaults and leave every rule to the records' constructors. */
class BuildersTest {

    private static final ActorId BORLANGE = ActorId.of("borlange");

    @Test
    void targetDefaultsToTerritorialAllGasesLinearWithoutBaseline() {
        ClimateTarget target = ClimateTarget.builder(LocalId.of("t"), "T", new TargetKind.FixedLevel(0), 2045)
                .owners(BORLANGE).build();

        assertThat(target.boundary()).isEqualTo(Boundary.TERRITORIAL);
        assertThat(target.gasBasis()).isEqualTo(GasBasis.ALL_GHG_AR5);
        assertThat(target.pathway()).isEqualTo(PathwayShape.LINEAR);
        assertThat(target.baseline()).isNull();
        assertThat(target.sectors()).isEmpty();
        assertThat(ClimateTarget.builder(LocalId.of("t"), "T", new TargetKind.FixedLevel(0), 2045).owners(BORLANGE)
                .sectors(SwedishMainSector.WASTE).milestone(2030, Share.ofPercent(50)).pathway(PathwayShape.EXPONENTIAL)
                .build().milestones()).hasSize(1);
    }

    @Test
    void targetWithoutOwnerIsRejectedByItsConstructor() {
        assertThatThrownBy(() -> ClimateTarget.builder(LocalId.of("t"), "T", new TargetKind.FixedLevel(0), 2045)
                .build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("target owners must name at least one owner, was empty");
    }

    @Test
    void actionDefaultsToPlannedWithFullEffectInItsFirstYear() {
        Action action = Action.builder(LocalId.of("a"), "A", FieldOfAction.ENERGY_SYSTEMS, BORLANGE,
                YearRange.of(2025, 2026)).build();

        assertThat(action.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(action.rampUpYears()).isEqualTo(1);
        assertThat(action.expectedAnnualReduction()).isZero();
        assertThat(action.levers()).isEmpty();
        assertThat(action.cost()).isNull();
        Action full = Action.builder(LocalId.of("a"), "A", FieldOfAction.ENERGY_SYSTEMS, BORLANGE,
                YearRange.of(2025, 2026)).levers(Lever.POLICY).status(ActionStatus.IN_PROGRESS).reduction(300, 3)
                .build();
        assertThat(full.reductionIn(2026)).isEqualTo(200.0);
        assertThatThrownBy(() -> Action.builder(LocalId.of("a"), "A", FieldOfAction.ENERGY_SYSTEMS, BORLANGE,
                YearRange.of(2025, 2026)).reduction(1, 0).build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("ramp-up years must be from 1 to 100, was 0");
    }

    @Test
    void initiativeAndProgrammeCollectWhatIsAddedAndLeaveTheRestEmpty() {
        Initiative initiative = Initiative.builder(LocalId.of("i"), "I", BORLANGE)
                .scope(LocalDate.of(2021, 1, 1), Geography.county(CountyCode.of("20"))).build();
        Programme programme = Programme.builder("P", 2030).member(BORLANGE, LocalDate.of(2021, 1, 1)).build();

        assertThat(initiative.scopes()).hasSize(1);
        assertThat(List.of(initiative.twinPairings(), initiative.targets(),
                initiative.pilots())).allMatch(List::isEmpty);
        assertThat(programme.office()).isNull();
        assertThat(programme.membersOn(LocalDate.of(2021, 1, 1))).containsExactly(BORLANGE);
        assertThatThrownBy(() -> Initiative.builder(LocalId.of("i"), "I", BORLANGE).build())
                .isInstanceOf(ClimateCityException.class);
    }
}
