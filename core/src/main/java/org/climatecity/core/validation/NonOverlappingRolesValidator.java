package org.climatecity.core.validation;

import java.util.List;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.RoleAssignment;

/**
 * Validates {@link NonOverlappingRoles}. Created by the Jakarta Validation provider; not meant to be called
 * directly.
 *
 * @since 0.1.0
 */
public final class NonOverlappingRolesValidator extends DocumentRule<NonOverlappingRoles> {

    /** Creates the validator. */
    public NonOverlappingRolesValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
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
                                    + assignment.role() + " of partner '" + partnership.partner()
                                    + "' must not overlap, overlaps roles[" + earlier + "]");
                            break;
                        }
                    }
                }
            }
        }
    }
}
