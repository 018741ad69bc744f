package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void targetedFigureHasItsTarget() {
        assertThat(Figure.targeted("write", "plain", 1.3).target()).hasValue(1.3);
    }

    @Test
    void reportedFigureHasNoTarget() {
        assertThat(Figure.reported("heap", "json").target()).isEmpty();
    }

    @Test
    void rejectsNonPositiveTarget() {
        assertThatThrownBy(() -> Figure.targeted("write", "plain", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("figure target must be a positive ratio, was 0.0");
    }

    @Test
    void rejectsBlankName() {
        assertThatThrownBy(() -> Figure.reported(" ", "json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("figure name and baseline must not be blank");
    }
}
