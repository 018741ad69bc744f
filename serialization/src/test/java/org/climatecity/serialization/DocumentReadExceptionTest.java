package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class DocumentReadExceptionTest {

    @Test
    void summarisesEveryProblemInItsMessage() {
        DocumentReadException e = new DocumentReadException(List.of(
                new Problem("/a", Problem.WRONG_TYPE, "must be a string, was a number", 1, 2),
                new Problem("/b", Problem.MISSING_PROPERTY, "must have 'b'", 3, 4)));
        assertThat(e).isInstanceOf(ClimateCityException.class).hasMessage("document has 2 problems\n"
                + "  1:2 /a: must be a string, was a number [wrong-type]\n  3:4 /b: must have 'b' [missing-property]");
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void shortensTheMessageOfManyProblems() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            problems.add(new Problem("/" + i, Problem.INVALID_VALUE, "bad", i + 1, 1));
        }
        assertThat(new DocumentReadException(problems).getMessage()).endsWith("... and 5 more");
    }

    @Test
    void needsAProblem() {
        assertThatThrownBy(() -> new DocumentReadException(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a document read exception needs at least one problem");
    }
}
