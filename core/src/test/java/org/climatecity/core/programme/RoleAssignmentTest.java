package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.time.DateRange;
import org.junit.jupiter.api.Test;

class RoleAssignmentTest {

    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate EXPANSION = LocalDate.of(2024, 12, 1);

    @Test
    void isHeldWithinItsPeriod() {
        RoleAssignment supporting = new RoleAssignment(PartnerRole.SUPPORTING, DateRange.of(START, EXPANSION),
                List.of(" support "), null, List.of());

        assertThat(supporting.heldOn(EXPANSION.minusDays(1))).isTrue();
        assertThat(supporting.heldOn(EXPANSION)).isFalse();
        assertThat(supporting.responsibilities()).containsExactly("support");
    }

    @Test
    void rejectsMissingRoleOrPeriodAndBlankResponsibilities() {
        assertThatThrownBy(() -> new RoleAssignment(null, DateRange.from(START), List.of(), null, List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("role must not be null");
        assertThatThrownBy(() -> new RoleAssignment(PartnerRole.FUNDER, null, List.of(), null, List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("role period must not be null");
        assertThatThrownBy(() -> new RoleAssignment(PartnerRole.FUNDER, DateRange.from(START), List.of(""), null,
                List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("responsibilities element must not be blank");
    }

    @org.junit.jupiter.api.Test
    void letsOnlyTheFunderRoleNameFundingSources() {
        org.climatecity.core.id.LocalId grant = org.climatecity.core.id.LocalId.of("grant");
        assertThat(new RoleAssignment(PartnerRole.FUNDER, org.climatecity.core.time.DateRange.from(
                java.time.LocalDate.of(2025, 1, 1)), List.of(), null, List.of(grant)).funding()).containsExactly(grant);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RoleAssignment(PartnerRole.COORDINATOR,
                org.climatecity.core.time.DateRange.from(java.time.LocalDate.of(2025, 1, 1)), List.of(), null,
                List.of(grant))).isInstanceOf(org.climatecity.core.ClimateCityException.class)
                .hasMessage("only the funder role names funding sources, role coordinator names 1");
    }

    @Test
    void factoryAndCopiesGiveTheSameAssignmentAsTheConstructor() {
        DateRange period = DateRange.of(LocalDate.of(2021, 10, 1), LocalDate.of(2024, 10, 1));
        org.climatecity.core.common.Provenance source = org.climatecity.core.common.Provenance.illustrative("test");
        org.climatecity.core.id.LocalId grant = org.climatecity.core.id.LocalId.of("grant");

        assertThat(RoleAssignment.of(PartnerRole.SUPPORTING, period))
                .isEqualTo(new RoleAssignment(PartnerRole.SUPPORTING, period, List.of(), null, List.of()));
        assertThat(RoleAssignment.of(PartnerRole.FUNDER, period).withResponsibilities(List.of("fund the forum"))
                .withProvenance(source).withFunding(List.of(grant)))
                .isEqualTo(new RoleAssignment(PartnerRole.FUNDER, period, List.of("fund the forum"), source,
                        List.of(grant)));
        assertThatThrownBy(() -> RoleAssignment.of(PartnerRole.SUPPORTING, period).withFunding(List.of(grant)))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("only the funder role names funding sources, role supporting names 1");
        assertThatThrownBy(() -> RoleAssignment.of(PartnerRole.SUPPORTING, period).withResponsibilities(List.of(" ")))
                .isInstanceOf(ClimateCityException.class).hasMessageContaining("responsibilities");
    }
}
