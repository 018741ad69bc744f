package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.time.LocalDate;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.programme.Membership;
import org.climatecity.core.time.DateRange;
import org.junit.jupiter.api.Test;

class NonOverlappingMembershipsTest {

    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    void reportsOverlappingMembershipsOfOneMemberAndOfOneAgency() {
        ProgrammeDocument document = DocumentEdits.programme(canonical, p -> {
            p.members.add(Membership.since(CanonicalScenario.BORLANGE, CanonicalScenario.EXPANSION));
            p.agencies.add(new Membership(CanonicalScenario.FORMAS,
                    DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 2)), null));
        });

        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("programmes[0].members[23].period", "non-overlapping-memberships",
                        "periods of membership of 'borlange' must not overlap, overlaps members[10]"),
                of("programmes[0].agencies[6].period", "non-overlapping-memberships",
                        "periods of membership of 'formas' must not overlap, overlaps agencies[2]"));
    }

    @Test
    void acceptsAMemberThatLeftAndRejoined() {
        ProgrammeDocument document = DocumentEdits.programme(canonical, p -> {
            p.members.set(10, new Membership(CanonicalScenario.BORLANGE,
                    DateRange.of(CanonicalScenario.START_2021, LocalDate.of(2022, 1, 1)), null));
            p.members.add(Membership.since(CanonicalScenario.BORLANGE, LocalDate.of(2022, 1, 1)));
        });

        assertThat(DocumentValidation.problems(document)).isEmpty();
        assertThat(document.firstProgramme().membersOn(LocalDate.of(2023, 1, 1))).containsOnlyOnce(
                CanonicalScenario.BORLANGE);
    }
}
