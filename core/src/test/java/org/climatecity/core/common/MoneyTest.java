package org.climatecity.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void comparesByValueIgnoringTrailingZeros() {
        assertThat(Money.of(new BigDecimal("10.00"), "SEK")).isEqualTo(Money.of(10, "SEK"));
        assertThat(Money.of(new BigDecimal("0.000"), "SEK")).isEqualTo(Money.of(0, "SEK"));
        assertThat(Money.of(10, "SEK")).isNotEqualTo(Money.of(10, "EUR"));
    }

    @ParameterizedTest
    @CsvSource({"SEK 12500000,SEK,12500000", "EUR 1.5,EUR,1.5", "SEK 1.50,SEK,1.5", "SEK 0,SEK,0",
        "SEK 1E+3,SEK,1000"})
    void parsesAndWritesTheFormCurrencySpaceAmount(String text, String currency, String amount) {
        Money money = Money.parse(text);

        assertThat(money.currency()).isEqualTo(Currency.getInstance(currency));
        assertThat(money.amount()).isEqualByComparingTo(amount);
        assertThat(money).hasToString(currency + " " + new BigDecimal(amount).stripTrailingZeros().toPlainString());
        assertThat(Money.parse(money.toString())).isEqualTo(money);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SEK1000|money must be written 'CUR amount' such as 'SEK 1000', was 'SEK1000'",
        "SEK ten|money amount must be a decimal number, was 'SEK ten'",
        "XYZ 10|currency must be an ISO 4217 code such as 'SEK', was 'XYZ'",
        "SEK -5|amount must not be negative, was -5",
    })
    void rejectsMalformedText(String text, String message) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(ClimateCityException.class).hasMessage(message);
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("money must not be null");
        assertThatThrownBy(() -> new Money(null, Currency.getInstance("SEK")))
                .isInstanceOf(ClimateCityException.class).hasMessage("amount must not be null");
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("currency must not be null");
        assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("currency must not be null");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -1_000_000})
    void rejectsNegativeAmounts(long amount) {
        assertThatThrownBy(() -> Money.of(amount, "SEK")).isInstanceOf(ClimateCityException.class)
                .hasMessage("amount must not be negative, was " + amount);
    }
}
