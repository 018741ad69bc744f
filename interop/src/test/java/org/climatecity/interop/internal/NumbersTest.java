package org.climatecity.interop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({"1523.890, 1523.89", "27200000, 27200000", "0.1, 0.1", "-12.5, -12.5", "1e3, 1000", "0.000, 0",
        "4.821E7, 48210000"})
    void writesPlainDecimalsThatReadBackEqual(String text, String expected) {
        String written = Numbers.format(Numbers.parse(text).getAsDouble());
        assertThat(written).isEqualTo(expected);
        assertThat(Numbers.equalAsDecimals(text, written)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"'12 500'", "'1,5'", "NaN", "Infinity", "abc", "''", "1e999"})
    void rejectsWhatIsNotADecimal(String text) {
        assertThat(Numbers.parse(text)).isEmpty();
    }

    @Test
    void readsWholeNumbersWithAFractionOfZeros() {
        assertThat(Numbers.parseWhole("2050.0")).isEqualTo(2050L);
        assertThat(Numbers.parseWhole("2050.5")).isNull();
        assertThat(Numbers.parseWhole("x")).isNull();
        assertThat(Numbers.equalAsDecimals("a", "a")).isTrue();
        assertThat(Numbers.equalAsDecimals("1", "1.5")).isFalse();
    }
}
