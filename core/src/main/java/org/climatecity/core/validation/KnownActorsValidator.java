package org.climatecity.core.validation;

import org.climatecity.core.ProgrammeDocument;

/**
 * Validates {@link KnownActors}. Created by the Jakarta Validation provider; not meant to be called directly.
 *
 * @since 0.1.0
 */
public final class KnownActorsValidator extends DocumentRule<KnownActors> {

    /** Creates the validator. */
    public KnownActorsValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
        ActorReferences.check(document, violations, null);
    }
}
