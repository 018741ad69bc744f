package org.climatecity.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClimateCityExceptionTest {

    @Test
    void isAnUncheckedIllegalArgumentWithMessageAndCause() {
        IllegalStateException cause = new IllegalStateException("cause");
        ClimateCityException e = new ClimateCityException("rule, was 'x'", cause);

        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessage("rule, was 'x'").hasCause(cause);
        assertThat(new ClimateCityException("rule")).hasNoCause();
    }
}
