package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.targets.ClimateTarget;
import org.junit.jupiter.api.Test;

/**
 * Progress of Borlänge's target (baseline 539,458.74 t in 1990, climate neutral in 2030 with a residual of 15 %, a
 * milestone of 50 % in 2027, linear path) against figures computed by hand.
 */
class TargetProgressesTest {

    private static final double BASELINE = 539_458.74;
    private static final double TARGET_LEVEL = 80_918.811; // 15 % of the baseline
    private static final double MILESTONE_LEVEL = 269_729.37; // 50 % of the baseline

    private final ProgrammeDocument canonical = CanonicalScenario.document();
    private final ClimateTarget borlange = canonical.initiatives().get(0).target(CanonicalScenario.BORLANGE_TARGET)
            .orElseThrow();

    private static EmissionsInventory borlangeIn(int year, double tonnes) {
        return EmissionsInventory.of(CanonicalScenario.BORLANGE, year, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5,
                Provenance.officialStatistics(DataSource.of("SMHI", "test figures")),
                List.of(InventoryEntry.of(SwedishMainSector.INDUSTRY, tonnes)));
    }

    @Test
    void measuresTheObservedYearAgainstThePathAndTheWayToTheTarget() {
        TargetProgress progress = TargetProgresses.inYear(canonical, borlange, 2023);

        // the nine sectors of SMHI's 2023 figures for Borlänge add up to 408,042.77 t
        assertThat(progress.observed().tonnesCo2e()).isCloseTo(408_042.77, within(1e-6));
        assertThat(progress.observed().inventories()).singleElement()
                .satisfies(i -> assertThat(i.year()).isEqualTo(2023));
        assertThat(progress.baseline().tonnesCo2e()).isEqualTo(BASELINE);
        assertThat(progress.baseline().isTargetsOwn()).isTrue();
        // 2023 lies 33 of the 37 years from 1990 to the 2027 milestone: 539,458.74 - 269,729.37 * 33 / 37
        assertThat(progress.pathValue()).isCloseTo(298_889.301892, within(1e-5));
        assertThat(progress.targetLevel()).isCloseTo(TARGET_LEVEL, within(1e-6));
        // (539,458.74 - 408,042.77) / (539,458.74 - 80,918.811) = 131,415.97 / 458,539.929
        assertThat(progress.shareAchieved()).isCloseTo(0.286596568, within(1e-9));
        assertThat(progress.onTrack()).isFalse();
        assertThat(progress.deviationFromPath()).isCloseTo(109_153.468108, within(1e-5));
        assertThat(progress.milestones()).singleElement().satisfies(m -> {
            assertThat(m.year()).isEqualTo(2027);
            assertThat(m.level()).isCloseTo(MILESTONE_LEVEL, within(1e-6));
            assertThat(m.status()).isEqualTo(MilestoneStatus.PENDING);
            assertThat(m.observed()).isNull();
        });
    }

    @Test
    void checksMilestonesMetOrMissedAndIsOnTrackBelowThePath() {
        ProgrammeDocument met = DocumentEdits.inventories(canonical, list -> {
            list.add(borlangeIn(2027, 250_000));
            list.add(borlangeIn(2029, 140_000));
        });
        TargetProgress progress = TargetProgresses.inYear(met, borlange, 2029);
        // 2029 is two thirds of the way from 2027 (269,729.37) to 2030 (80,918.811): 143,855.664
        assertThat(progress.pathValue()).isCloseTo(143_855.664, within(1e-6));
        assertThat(progress.onTrack()).isTrue();
        assertThat(progress.shareAchieved()).isCloseTo((BASELINE - 140_000) / (BASELINE - TARGET_LEVEL),
                within(1e-12));
        assertThat(progress.milestones()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MilestoneStatus.MET));

        ProgrammeDocument missed = DocumentEdits.inventories(canonical, list -> list.add(borlangeIn(2027, 270_000)));
        assertThat(TargetProgresses.inYear(missed, borlange, 2027).milestones()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MilestoneStatus.MISSED));

        ProgrammeDocument noData = DocumentEdits.inventories(canonical, list -> list.add(borlangeIn(2031, 70_000)));
        TargetProgress after = TargetProgresses.inYear(noData, borlange, 2031);
        assertThat(after.milestones()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MilestoneStatus.NO_DATA));
        assertThat(after.pathValue()).isEqualTo(after.targetLevel());
        assertThat(after.onTrack()).isTrue();
        assertThat(after.shareAchieved()).isGreaterThan(1);
    }

    @Test
    void sumsTheOwnersOfAJointTarget() {
        ClimateTarget joint = canonical.initiatives().get(0).target(CanonicalScenario.JOINT_TARGET).orElseThrow();
        TargetProgress progress = TargetProgresses.inYear(canonical, joint, 2023);
        // Avesta's nine sectors of 2023 add up to 220,571.86 t
        assertThat(progress.observed().tonnesCo2e()).isCloseTo(408_042.77 + 220_571.86, within(1e-6));
        assertThat(progress.observed().inventories()).hasSize(2);
    }

    @Test
    void rejectsAYearBeforeTheBaselineOrWithoutCompleteEmissions() {
        assertThatThrownBy(() -> TargetProgresses.inYear(canonical, borlange, 1989))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("progress of target 'borlange-climate-neutral-2030' is measured from its baseline year"
                        + " 1990, was 1989");
        assertThatThrownBy(() -> TargetProgresses.inYear(canonical, borlange, 2022))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("no complete emissions of target 'borlange-climate-neutral-2030' in 2022 in the"
                        + " inventories of its boundary");
    }
}
