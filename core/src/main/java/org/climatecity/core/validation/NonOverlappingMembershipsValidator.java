package org.climatecity.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.programme.Membership;

/**
 * Validates {@link NonOverlappingMemberships}. Created by the Jakarta Validation provider; not meant to be called
 * directly.
 *
 * @since 0.1.0
 */
public final class NonOverlappingMembershipsValidator extends DocumentRule<NonOverlappingMemberships> {

    /** Creates the validator. */
    public NonOverlappingMembershipsValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
        for (int p = 0; p < document.programmes().size(); p++) {
            PropertyPath programme = PropertyPath.of("programmes", p);
            check(document.programmes().get(p).members(), programme, "members", violations);
            check(document.programmes().get(p).agencies(), programme, "agencies", violations);
        }
    }

    private static void check(List<Membership> memberships, PropertyPath programme, String list,
            Violations violations) {
        // most members have one membership: compare only the memberships of the same member
        Map<ActorId, List<Integer>> byMember = new HashMap<>();
        for (int m = 0; m < memberships.size(); m++) {
            Membership membership = memberships.get(m);
            List<Integer> earlier = byMember.computeIfAbsent(membership.member(), k -> new ArrayList<>(1));
            for (int e : earlier) {
                if (memberships.get(e).period().overlaps(membership.period())) {
                    violations.add(programme.element(list, m).property("period"),
                            "periods of membership of '" + membership.member() + "' must not overlap, overlaps "
                                    + list + "[" + e + "]");
                    break;
                }
            }
            earlier.add(m);
        }
    }
}
