package org.climatecity.core.document;

import java.util.List;
import org.climatecity.core.programme.InitiativeScope;

/**
 * Checks that the scopes of an initiative start in strictly increasing date order, so that the scope on a date is
 * never ambiguous.
 *
 * <p>Reported at the scope that starts too early: at {@code initiatives[0].scopes[1].from},
 * {@code scopes must start in strictly increasing date order, 2021-01-01 is not after 2024-12-01 of scopes[0]}.
 *
 * <p>Code {@code ordered-scopes}.
 */
final class OrderedScopes implements Rule {

    @Override
    public String code() {
        return "ordered-scopes";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        for (int i = 0; i < document.initiatives().size(); i++) {
            List<InitiativeScope> scopes = document.initiatives().get(i).scopes();
            for (int s = 1; s < scopes.size(); s++) {
                InitiativeScope previous = scopes.get(s - 1);
                if (!scopes.get(s).from().isAfter(previous.from())) {
                    violations.add(PropertyPath.of("initiatives", i).element("scopes", s).property("from"),
                            "scopes must start in strictly increasing date order, " + scopes.get(s).from()
                                    + " is not after " + previous.from() + " of scopes[" + (s - 1) + "]");
                }
            }
        }
    }
}
