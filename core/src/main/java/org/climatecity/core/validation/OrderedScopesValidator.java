package org.climatecity.core.validation;

import java.util.List;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.programme.InitiativeScope;

/**
 * Validates {@link OrderedScopes}. Created by the Jakarta Validation provider; not meant to be called directly.
 *
 * @since 0.1.0
 */
public final class OrderedScopesValidator extends DocumentRule<OrderedScopes> {

    /** Creates the validator. */
    public OrderedScopesValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
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
