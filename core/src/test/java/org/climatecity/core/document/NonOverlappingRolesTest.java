package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.programme.PartnerRole;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.RoleAssignment;
import org.climatecity.core.time.DateRange;
import org.junit.jupiter.api.Test;

class NonOverlappingRolesTest {

    private static ProgrammeDocument withSsabRoles(RoleAssignment... extra) {
        return DocumentEdits.initiative(CanonicalScenario.document(), i -> {
            Partnership ssab = i.partnerships.get(3);
            List<RoleAssignment> roles = new ArrayList<>(ssab.roles());
            roles.addAll(List.of(extra));
            i.partnerships.set(3, new Partnership(ssab.partner(), roles));
        });
    }

    @Test
    void reportsOverlappingPeriodsOfOneRole() {
        ProgrammeDocument document = withSsabRoles(new RoleAssignment(PartnerRole.FUNDER,
                DateRange.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)), List.of(), null, List.of()),
                new RoleAssignment(PartnerRole.PROJECT_PARTNER, DateRange.from(LocalDate.of(2024, 1, 1)),
                        List.of(), null, List.of()),
                new RoleAssignment(PartnerRole.FUNDER, DateRange.from(LocalDate.of(2022, 12, 31)), List.of(), null,
                        List.of()));

        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("initiatives[0].partnerships[3].roles[2].period", "non-overlapping-roles",
                        "periods of role project-partner of partner 'ssab' must not overlap, overlaps roles[0]"),
                of("initiatives[0].partnerships[3].roles[3].period", "non-overlapping-roles",
                        "periods of role funder of partner 'ssab' must not overlap, overlaps roles[1]"));
    }

    @Test
    void acceptsDifferentRolesAtOnceAndOneRoleInConsecutivePeriods() {
        ProgrammeDocument document = withSsabRoles(
                new RoleAssignment(PartnerRole.FUNDER, DateRange.of(LocalDate.of(2022, 1, 1),
                        LocalDate.of(2023, 1, 1)), List.of(), null, List.of()),
                new RoleAssignment(PartnerRole.FUNDER, DateRange.from(LocalDate.of(2023, 1, 1)), List.of(), null,
                        List.of()),
                new RoleAssignment(PartnerRole.EXPERT_SUPPORT, DateRange.from(LocalDate.of(2022, 1, 1)), List.of(),
                        null, List.of()));

        assertThat(DocumentValidation.problems(document)).isEmpty();
    }
}
