package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.List;
import org.climatecity.core.common.Share;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.Milestone;
import org.junit.jupiter.api.Test;

class OrderedTargetYearsTest {

    private static ProgrammeDocument withBorlangeTarget(Baseline baseline, int targetYear, Milestone... milestones) {
        return DocumentEdits.initiative(CanonicalScenario.document(), i -> {
            ClimateTarget t = i.targets.get(0);
            i.targets.set(0, new ClimateTarget(t.id(), t.name(), t.owners(), t.kind(), t.boundary(), t.sectors(),
                    t.gasBasis(), baseline, targetYear, List.of(milestones), t.pathway(), null, null, null, null,
                            List.of()));
        });
    }

    @Test
    void reportsABaselineYearNotBeforeTheTargetYear() {
        assertThat(DocumentValidation.problems(withBorlangeTarget(new Baseline(2030, 1.0), 2030))).containsExactly(
                of("initiatives[0].targets[0].baseline.year", "ordered-target-years",
                        "baseline year must be before the target year 2030, was 2030"));
    }

    @Test
    void reportsMilestonesOutOfOrderOrOutsideBaselineAndTargetYears() {
        ProgrammeDocument document = withBorlangeTarget(new Baseline(1990, 1.0), 2030, new Milestone(1990,
                Share.ofPercent(0), null),
                new Milestone(2025, Share.ofPercent(40), null), new Milestone(2025, Share.ofPercent(45), null),
                        new Milestone(2020, Share.ofPercent(50), null), new Milestone(2030, Share.ofPercent(85), null));

        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("initiatives[0].targets[0].milestones[0].year", "ordered-target-years",
                        "milestone year must be after the baseline year 1990, was 1990"),
                of("initiatives[0].targets[0].milestones[2].year", "ordered-target-years",
                        "milestone years must increase strictly, 2025 is not after 2025 of milestones[1]"),
                of("initiatives[0].targets[0].milestones[3].year", "ordered-target-years",
                        "milestone years must increase strictly, 2020 is not after 2025 of milestones[2]"),
                of("initiatives[0].targets[0].milestones[4].year", "ordered-target-years",
                        "milestone year must be before the target year 2030, was 2030"));
    }

    @Test
    void acceptsMilestonesBeforeTheTargetYearWithoutBaseline() {
        assertThat(DocumentValidation.problems(withBorlangeTarget(null, 2030, new Milestone(1950, Share.ofPercent(10),
                null),
                new Milestone(2029, Share.ofPercent(90), null)))).isEmpty();
    }
}
