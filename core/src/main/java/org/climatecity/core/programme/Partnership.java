package org.climatecity.core.programme;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Require;

/**
 * A partner of an initiative with the history of its roles, such as Region Dalarna: supporting until 2024-11-30,
 * active party and coordinator from 2024-12-01.
 *
 * <p>Immutable and thread-safe. That periods of one role do not overlap is checked when the whole
 * {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param partner the partner, not null
 * @param roles the roles over time, not null
 * @since 0.1.0
 */
public record Partnership(ActorId partner, List<RoleAssignment> roles) {

    /**
     * Creates a partnership.
     *
     * @param partner the partner, not null
     * @param roles the roles over time, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing
     */
    public Partnership {
        Require.nonNull(partner, "partner");
        roles = Require.list(roles, "roles");
    }

    /**
     * Returns the roles the partner holds on a date.
     *
     * @param date the date, not null
     * @return the roles held then, empty if none; a new modifiable set in the roles' natural order
     */
    public Set<PartnerRole> rolesOn(LocalDate date) {
        Set<PartnerRole> held = EnumSet.noneOf(PartnerRole.class);
        for (RoleAssignment assignment : roles) {
            if (assignment.heldOn(date)) {
                held.add(assignment.role());
            }
        }
        return held;
    }

    /**
     * Returns the responsibilities the partner carries on a date, over all roles it holds then.
     *
     * @param date the date, not null
     * @return the responsibilities, in document order
     */
    public List<String> responsibilitiesOn(LocalDate date) {
        return roles.stream().filter(r -> r.heldOn(date)).flatMap(r -> r.responsibilities().stream()).distinct()
                .toList();
    }

    /**
     * Obtains a partnership with its roles.
     *
     * @param partner the partner, not null
     * @param roles the roles over time, not null
     * @return the partnership
     * @throws org.climatecity.core.ClimateCityException if a component is missing
     */
    public static Partnership of(ActorId partner, RoleAssignment... roles) {
        return new Partnership(partner, List.of(roles));
    }
}
