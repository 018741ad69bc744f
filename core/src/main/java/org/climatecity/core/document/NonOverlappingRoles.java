package org.climatecity.core.document;

import java.util.List;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.RoleAssignment;

/**
 * Checks that the periods in which a partner holds one role do not overlap (a partner may hold different roles
 * at once).
 *
 * <p>Reported at the later assignment's period, naming the assignment it overlaps: at
 * {@code initiatives[0].partnerships[0].roles[3].period},
 * {@code periods of role SUPPORTING of partner 'region-dalarna' must not overlap, overlaps roles[0]}.
 *
 * <p>Code {@code non-overlapping-roles}.
 */
final class NonOverlappingRoles implements Rule {

    @Override
    public String code() {
        return "non-overlapping-roles";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        for (int i = 0; i < document.initiatives().size(); i++) {
            List<Partnership> partnerships = document.initiatives().get(i).partnerships();
            for (int p = 0; p < partnerships.size(); p++) {
                Partnership partnership = partnerships.get(p);
                PropertyPath path = PropertyPath.of("initiatives", i).element("partnerships", p);
                // a partner holds a handful of role assignments, so comparing pairs is cheapest
                List<RoleAssignment> roles = partnership.roles();
                for (int later = 1; later < roles.size(); later++) {
                    RoleAssignment assignment = roles.get(later);
                    for (int earlier = 0; earlier < later; earlier++) {
                        RoleAssignment other = roles.get(earlier);
                        if (other.role() == assignment.role() && other.period().overlaps(assignment.period())) {
                            violations.add(path.element("roles", later).property("period"), "periods of role "
                                    + Texts.word(assignment.role()) + " of partner '" + partnership.partner()
                                    + "' must not overlap, overlaps roles[" + earlier + "]");
                            break;
                        }
                    }
                }
            }
        }
    }
}
