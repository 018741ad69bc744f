package org.climatecity.core.document;

/**
 * Checks that every actor id the document refers to names an actor of the document: the programme office,
 * members, agencies and support recipients; each initiative's lead city, twin cities, partners, forum convenors and
 * participants, commitments' stakeholders, target owners, action plan owners, actions' responsible actors and
 * participants, funders, indicator owners, pilot host cities and contract rounds' signatories and parties; places'
 * {@code partOf} and the {@code place} regional authorities and county administrative boards serve; and the owners of
 * emissions inventories. The references are those {@link ActorReferences} walks.
 *
 * <p>Each unknown id is reported at the reference: at {@code initiatives[0].twinPairings[0].twinCity},
 * {@code references unknown actor 'avesta2'}.
 *
 * <p>Code {@code known-actors}.
 */
final class KnownActors implements Rule {

    @Override
    public String code() {
        return "known-actors";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        ActorReferences.check(document, true, (id, actor, required) -> actor != null ? null
                : "references unknown actor '" + id + "'", violations);
    }
}
