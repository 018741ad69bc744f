package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.time.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartnershipTest {

    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate EXPANSION = LocalDate.of(2024, 12, 1);
    private static final String COORDINATE = "coordinate and support all actors in the region";

    private final Partnership region = new Partnership(ActorId.of("region-dalarna"), List.of(
            new RoleAssignment(PartnerRole.SUPPORTING, DateRange.of(START, EXPANSION), List.of("support"), null,
                    List.of()),
            new RoleAssignment(PartnerRole.ACTIVE_PARTY, DateRange.from(EXPANSION), List.of(COORDINATE), null,
                    List.of()),
            new RoleAssignment(PartnerRole.COORDINATOR, DateRange.from(EXPANSION), List.of(COORDINATE), null,
                    List.of())));

    @ParameterizedTest
    @CsvSource({"2020-12-31,''", "2021-01-01,SUPPORTING", "2024-11-30,SUPPORTING",
        "2024-12-01,ACTIVE_PARTY COORDINATOR", "2030-01-01,ACTIVE_PARTY COORDINATOR"})
    void holdsTheRolesWhosePeriodContainsTheDate(LocalDate date, String roles) {
        List<String> expected = roles.isEmpty() ? List.of() : List.of(roles.split(" "));

        assertThat(region.rolesOn(date)).extracting(Enum::name).containsExactlyElementsOf(expected);
    }

    @Test
    void carriesEachResponsibilityOnceOverAllRolesHeld() {
        assertThat(region.responsibilitiesOn(EXPANSION)).containsExactly(COORDINATE);
        assertThat(region.responsibilitiesOn(START)).containsExactly("support");
        assertThat(region.responsibilitiesOn(START.minusDays(1))).isEmpty();
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> new Partnership(null, List.of())).isInstanceOf(ClimateCityException.class)
                .hasMessage("partner must not be null");
        assertThatThrownBy(() -> new Partnership(ActorId.of("x"), null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("roles must not be null");
    }
}
