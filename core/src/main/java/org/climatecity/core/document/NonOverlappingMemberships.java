package org.climatecity.core.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.programme.Membership;

/**
 * Checks that the membership periods of one member city, and of one agency, do not overlap.
 *
 * <p>Reported at the later membership's period: at {@code programmes[0].members[23].period},
 * {@code periods of membership of 'borlange' must not overlap, overlaps members[10]}.
 *
 * <p>Code {@code non-overlapping-memberships}.
 */
final class NonOverlappingMemberships implements Rule {

    @Override
    public String code() {
        return "non-overlapping-memberships";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
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
