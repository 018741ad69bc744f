package org.climatecity.core.validation;

import org.climatecity.core.ProgrammeDocument;

/**
 * Validates {@link ReferencedActorKinds}. Created by the Jakarta Validation provider; not meant to be called
 * directly.
 *
 * @since 0.1.0
 */
public final class ReferencedActorKindsValidator extends DocumentRule<ReferencedActorKinds> {

    /** Creates the validator. */
    public ReferencedActorKindsValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
        ActorReferences.check(document, null, violations);
    }
}
