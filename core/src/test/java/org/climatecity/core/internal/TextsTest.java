package org.climatecity.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void cutsLongValuesToFortyCharactersWithAnEllipsis() {
        assertThat(Texts.abbreviate("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(Texts.abbreviate("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
        assertThat(Texts.abbreviate("")).isEmpty();
    }
}
