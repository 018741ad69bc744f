package org.climatecity.core.document;

/**
 * Receives the violations one rule finds, each with its property path and literal message, and passes them on with
 * the rule's code: into a list of {@link RuleViolation}s ({@link DocumentRules#check}) or into a Jakarta Validation
 * context ({@link SatisfiesDocumentRulesValidator}). A rule builds a path and a message only for a violation it
 * reports.
 */
final class Violations {

    /** Receives each violation of the rules, with the code of its rule. */
    @FunctionalInterface
    interface Sink {
        /**
         * Receives a violation.
         *
         * @param code the rule's code
         * @param path the property path of the offending value
         * @param message the literal message
         */
        void add(String code, PropertyPath path, String message);
    }

    private final String code;
    private final Sink sink;
    private boolean found;

    /** Creates the violations of the rule with a code, passed on to a sink. */
    Violations(String code, Sink sink) {
        this.code = code;
        this.sink = sink;
    }

    /**
     * Reports a violation.
     *
     * @param path the property path of the offending value, not null
     * @param message the literal message, stating the rule and the offending value, not null
     */
    void add(PropertyPath path, String message) {
        sink.add(code, path, message);
        found = true;
    }

    /** Checks if a violation was reported. */
    boolean found() {
        return found;
    }
}
