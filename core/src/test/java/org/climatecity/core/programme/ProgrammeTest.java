package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.time.DateRange;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

    private static final ActorId A = ActorId.of("a");
    private static final ActorId B = ActorId.of("b");
    private static final ActorId C = ActorId.of("c");
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate Y2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);

    private static Programme programme(List<Membership> members, List<PublishedMemberCount> counts) {
        return new Programme("Viable Cities", null, 2030, members, counts,
                List.of(Membership.since(C, Y2022)), List.of(new Support(A, SupportKind.FUNDING, "pilots", null,
                        null, null, null), new Support(B, SupportKind.EXPERT_SUPPORT, "advice", null, null, null, null),
                        new Support(A, SupportKind.EXPERT_SUPPORT, "advice", null, null, null, null)));
    }

    @Test
    void listsTheMembersWhoseMembershipHoldsOnADate() {
        Programme p = programme(List.of(Membership.since(A, Y2020), new Membership(B, DateRange.of(Y2020, Y2022), null),
                Membership.since(B, Y2024)), List.of());

        assertThat(p.membersOn(LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(p.membersOn(Y2020)).containsExactly(A, B);
        assertThat(p.membersOn(Y2022)).containsExactly(A);
        assertThat(p.membersOn(Y2024)).containsExactly(A, B);
        assertThat(p.memberCountOn(Y2022)).isEqualTo(1);
        assertThat(p.agenciesOn(Y2020)).isEmpty();
        assertThat(p.agenciesOn(Y2022)).containsExactly(C);
    }

    @Test
    void countsTheLatestPublishedCountOrTheNamedMembersWhicheverIsLarger() {
        Programme p = programme(List.of(Membership.since(A, Y2020), Membership.since(B, Y2020)), List.of(
                new PublishedMemberCount(Y2024, 48, null), new PublishedMemberCount(Y2022, 1,
                        Provenance.assumed("old")),
                new PublishedMemberCount(Y2020, 23, null)));

        assertThat(p.publishedCountOn(LocalDate.of(2019, 1, 1))).isEmpty();
        assertThat(p.publishedCountOn(Y2022).orElseThrow().count()).isEqualTo(1);
        assertThat(p.memberCountOn(LocalDate.of(2021, 6, 1))).isEqualTo(23);
        assertThat(p.memberCountOn(Y2022)).isEqualTo(2);
        assertThat(p.memberCountOn(Y2024)).isEqualTo(48);
    }

    @Test
    void listsTheSupportOfARecipientInDocumentOrder() {
        Programme p = programme(List.of(), List.of());

        assertThat(p.supportFor(A)).extracting(Support::kind).containsExactly(SupportKind.FUNDING,
                SupportKind.EXPERT_SUPPORT);
        assertThat(p.supportFor(C)).isEmpty();
    }

    @Test
    void rejectsBlankNameYearsOutOfRangeAndMissingLists() {
        assertThatThrownBy(() -> new Programme(" ", null, 2030, List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("programme name must not be blank");
        assertThatThrownBy(() -> new Programme("P", null, 3000, List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("climate-neutrality year must be a year from 1900 to 2200, was 3000");
        assertThatThrownBy(() -> new Programme("P", null, 2030, null, List.of(), List.of(), List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("members must not be null");
        assertThatThrownBy(() -> new Programme("P", null, 2030, List.of(), List.of(), List.of(), null))
                .isInstanceOf(ClimateCityException.class).hasMessage("support must not be null");
    }
}
