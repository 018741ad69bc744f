package org.climatecity.serialization;

import java.util.List;
import org.climatecity.core.ClimateCityException;

/**
 * Signals that a document could not be read, listing every problem found, like a compiler lists all errors.
 *
 * <p>Thrown by the read methods of {@link ClimateCityDocuments}. Syntax errors stop reading at the point of the
 * error; every other problem is collected and reading goes on, so a document with six mistakes yields six problems.
 *
 * @since 0.1.0
 */
public final class DocumentReadException extends ClimateCityException {

    private static final long serialVersionUID = 1L;

    /** The problems; a List.copyOf copy, so serializable. */
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, not empty
     * @throws IllegalArgumentException if there is no problem
     */
    public DocumentReadException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a document read exception needs at least one problem");
        }
        StringBuilder text = new StringBuilder();
        text.append("document has ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        int shown = Math.min(problems.size(), 20);
        for (int i = 0; i < shown; i++) {
            text.append("\n  ").append(problems.get(i));
        }
        if (shown < problems.size()) {
            text.append("\n  ... and ").append(problems.size() - shown).append(" more");
        }
        return text.toString();
    }

    /**
     * Returns every problem found, in document order.
     *
     * @return the problems, not empty, unmodifiable
     */
    public List<Problem> problems() {
        return problems;
    }
}
