package org.climatecity.serialization.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** The writer's fast paths give what the JDK's own formatting gives: oracle tests against it. */
class ScalarCodecsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({"0", "7", "-7", "10", "99", "100", "12500000", "-12500000", "999999999999999999",
        "-999999999999999999", "9223372036854775807", "-9223372036854775807"})
    void writesTheDigitsLongToStringWrites(long value) {
        char[] into = new char[32];
        assertThat(new String(into, 0, ScalarCodecs.digits(value, into))).isEqualTo(Long.toString(value));
    }

    @Test
    void writesTheDigitsOfSeededRandomNumbersAsLongToString() {
        SplittableRandom random = new SplittableRandom(14);
        char[] into = new char[32];
        for (int i = 0; i < 20_000; i++) {
            long value = random.nextLong() >> random.nextInt(64);
            if (value == Long.MIN_VALUE) {
                continue;
            }
            assertThat(new String(into, 0, ScalarCodecs.digits(value, into))).isEqualTo(Long.toString(value));
        }
    }

    @Test
    void writesSeededRandomDatesAsLocalDateToString() {
        SplittableRandom random = new SplittableRandom(14);
        long first = LocalDate.of(1, 1, 1).toEpochDay();
        long last = LocalDate.of(9999, 12, 31).toEpochDay();
        for (int i = 0; i < 5_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
            assertThat(write(ScalarCodecs.DATE, date)).isEqualTo('"' + date.toString() + '"');
        }
    }

    @ParameterizedTest
    @CsvSource({"0", "12500000", "-3", "0.5", "-0.0001", "123456789012345678", "1234567890123456789",
        "123456789012345678901234567890", "12345678.1234567891", "1E+3", "18E+5", "-25E+17", "1E+18", "9E+17"})
    void writesAmountsAsToPlainString(String amount) {
        BigDecimal value = new BigDecimal(amount);
        // the model keeps amounts with their trailing zeros stripped (18E+5), which must not change the text
        assertThat(write(ScalarCodecs.DECIMAL, value.stripTrailingZeros())).isEqualTo(write(ScalarCodecs.DECIMAL,
                value));
        assertThat(write(ScalarCodecs.DECIMAL, value)).isEqualTo('"' + value.toPlainString() + '"');
    }

    private static <T> String write(Codec<T> codec, T value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            codec.write(value, new Writing(g, null));
        }
        return out.toString();
    }
}
