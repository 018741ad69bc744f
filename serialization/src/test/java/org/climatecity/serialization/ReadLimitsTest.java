package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class ReadLimitsTest {

    @Test
    void defaultsAreDocumented() {
        assertThat(ReadLimits.DEFAULT).isEqualTo(new ReadLimits(64, 64L << 20, 1 << 20, 256, 100, 1000, 100_000));
    }

    @Test
    void copiesChangeOneLimit() {
        assertThat(ReadLimits.DEFAULT.withMaxNestingDepth(20).maxNestingDepth()).isEqualTo(20);
        assertThat(ReadLimits.DEFAULT.withMaxStringLength(2048).maxStringLength()).isEqualTo(2048);
        assertThat(ReadLimits.DEFAULT.withMaxDocumentLength(4096).maxDocumentLength()).isEqualTo(4096);
        assertThat(ReadLimits.DEFAULT.withMaxProblems(5).maxProblems()).isEqualTo(5);
        assertThat(ReadLimits.DEFAULT.withMaxUnknownValues(5000).maxUnknownValues()).isEqualTo(5000);
        assertThat(ReadLimits.DEFAULT.withMaxUnknownValues(5000).withMaxProblems(5).maxUnknownValues())
                .isEqualTo(5000);
    }

    @Test
    void rejectsLimitsTooSmallForARealDocument() {
        assertThatThrownBy(() -> ReadLimits.DEFAULT.withMaxNestingDepth(3))
                .isInstanceOf(ClimateCityException.class).hasMessage("max nesting depth must be at least 16, was 3");
    }
}
