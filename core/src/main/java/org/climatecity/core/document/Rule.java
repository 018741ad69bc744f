package org.climatecity.core.document;

/**
 * One document rule: a rule that spans several objects of a {@link ProgrammeDocument}, checked by
 * {@link DocumentRules}. A rule is stateless and reports each violation it finds, with the property path of the
 * offending value and a literal message that states the rule and the value.
 */
interface Rule {

    /**
     * Returns the rule's code, stable and in kebab case, such as {@code known-actors}.
     *
     * @return the code
     */
    String code();

    /**
     * Checks the rule on a document and reports each violation.
     *
     * @param document the document, not null
     * @param violations where to report the violations, not null
     */
    void check(ProgrammeDocument document, Violations violations);
}
