package org.climatecity.core.programme;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * A role a partner holds over a period, with the responsibilities it carries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param role the role, not null
 * @param period when the role is held, not null
 * @param responsibilities what the partner is responsible for in this role, not null, no blank entries
 * @param provenance where the fact comes from, or how it was chosen where it is assumed or illustrative; null
 *     when not stated
 * @param funding the funding sources of the initiative the partner provides in this role, not null, no repeats;
 *     only for the role {@link PartnerRole#FUNDER}
 * @since 0.1.0
 */
public record RoleAssignment(PartnerRole role, DateRange period, List<String> responsibilities,
        @Nullable Provenance provenance, List<LocalId> funding) {

    /**
     * Creates a role assignment.
     *
     * @param role the role, not null
     * @param period the period, not null
     * @param responsibilities the responsibilities, not null
     * @param provenance the provenance, or null
     * @param funding the funding sources, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or blank, or a role other than
     *     funder names funding
     */
    public RoleAssignment {
        Require.nonNull(role, "role");
        Require.nonNull(period, "role period");
        responsibilities = Require.texts(responsibilities, "responsibilities");
        funding = Require.distinctList(funding, "role funding");
        if (!funding.isEmpty() && role != PartnerRole.FUNDER) {
            throw new ClimateCityException("only the funder role names funding sources,"
                    + " role " + Texts.word(role) + " names "
                    + funding.size());
        }
    }

    /**
     * Checks if the role is held on a date.
     *
     * @param date the date, not null
     * @return true if the period contains the date
     */
    public boolean heldOn(LocalDate date) {
        return period.contains(date);
    }

    /**
     * Obtains a role held from a date on, without listed responsibilities.
     *
     * @param role the role, not null
     * @param from the first day, not null
     * @return the assignment
     */
    public static RoleAssignment since(PartnerRole role, LocalDate from) {
        return new RoleAssignment(role, DateRange.from(from), List.of(), null, List.of());
    }

    /**
     * Obtains a role held over a period, without listed responsibilities, provenance or funding; the {@code with}
     * methods add them.
     *
     * @param role the role, not null
     * @param period when the role is held, not null
     * @return the assignment
     * @throws ClimateCityException if a component is missing
     * @since 0.1.0
     */
    public static RoleAssignment of(PartnerRole role, DateRange period) {
        return new RoleAssignment(role, period, List.of(), null, List.of());
    }

    /**
     * Returns a copy with the responsibilities the partner carries in this role.
     *
     * @param newResponsibilities the responsibilities, not null, no blank entries
     * @return the copy
     * @throws ClimateCityException if a responsibility is null or blank
     * @since 0.1.0
     */
    public RoleAssignment withResponsibilities(List<String> newResponsibilities) {
        return new RoleAssignment(role, period, newResponsibilities, provenance, funding);
    }

    /**
     * Returns a copy that says where the fact comes from.
     *
     * @param newProvenance the provenance, or null when not stated
     * @return the copy
     * @since 0.1.0
     */
    public RoleAssignment withProvenance(@Nullable Provenance newProvenance) {
        return new RoleAssignment(role, period, responsibilities, newProvenance, funding);
    }

    /**
     * Returns a copy with the funding sources the partner provides in this role.
     *
     * @param newFunding the ids of the initiative's funding sources, not null, no repeats
     * @return the copy
     * @throws ClimateCityException if the ids repeat, or the role is not {@link PartnerRole#FUNDER} and names any
     * @since 0.1.0
     */
    public RoleAssignment withFunding(List<LocalId> newFunding) {
        return new RoleAssignment(role, period, responsibilities, provenance, newFunding);
    }
}
