package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void printsPositionPointerMessageAndCode() {
        assertThat(new Problem("/actors/1/code", Problem.INVALID_VALUE, "bad", 12, 9))
                .hasToString("12:9 /actors/1/code: bad [invalid-value]");
        assertThat(new Problem("", Problem.SYNTAX, "document is empty", 0, 0))
                .hasToString("/: document is empty [syntax]");
    }

    @Test
    void clampsUnknownPositionsToZero() {
        assertThat(new Problem("", Problem.SYNTAX, "x", -1, -1).line()).isZero();
    }

    @Test
    void rejectsNullParts() {
        assertThatThrownBy(() -> new Problem(null, "c", "m", 1, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("pointer");
    }
}
