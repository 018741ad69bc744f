package org.climatecity.core.common;

import java.math.BigDecimal;
import java.util.Currency;
import org.climatecity.core.ClimateCityException;

/**
 * An amount of money with its currency, such as 12,500,000 SEK.
 *
 * <p>Equality is by value: 10 SEK equals 10.00 SEK (the amount is stored without trailing zeros). Immutable and
 * thread-safe; not comparable, as amounts in different currencies have no order.
 *
 * @param amount the amount, not null, not negative
 * @param currency the ISO 4217 currency, not null
 * @since 0.1.0
 */
public record Money(BigDecimal amount, Currency currency) {

    /**
     * Creates an amount, checking that it is not negative.
     *
     * @param amount the amount, not null
     * @param currency the currency, not null
     * @throws ClimateCityException if a value is null or the amount negative
     */
    public Money {
        if (amount == null) {
            throw new ClimateCityException("amount must not be null");
        }
        if (currency == null) {
            throw new ClimateCityException("currency must not be null");
        }
        if (amount.signum() < 0) {
            throw new ClimateCityException("amount must not be negative, was " + amount.toPlainString());
        }
        amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    }

    /**
     * Obtains an amount in a currency given by its ISO 4217 code.
     *
     * @param amount the amount, not null
     * @param currencyCode the ISO 4217 code such as {@code SEK}, not null
     * @return the amount
     * @throws ClimateCityException if the currency code is unknown or the amount negative
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    /**
     * Obtains an amount in a currency given by its ISO 4217 code.
     *
     * @param amount the amount, not negative
     * @param currencyCode the ISO 4217 code such as {@code SEK}, not null
     * @return the amount
     * @throws ClimateCityException if the currency code is unknown or the amount negative
     */
    public static Money of(long amount, String currencyCode) {
        return of(BigDecimal.valueOf(amount), currencyCode);
    }

    /**
     * Parses an amount written {@code CUR amount}, such as {@code SEK 12500000}.
     *
     * @param text the text, not null
     * @return the amount
     * @throws ClimateCityException if the text is malformed
     */
    public static Money parse(CharSequence text) {
        if (text == null) {
            throw new ClimateCityException("money must not be null");
        }
        String value = text.toString();
        int space = value.indexOf(' ');
        if (space < 0) {
            throw new ClimateCityException("money must be written 'CUR amount' such as 'SEK 1000', was '" + value
                    + "'");
        }
        try {
            return of(new BigDecimal(value.substring(space + 1)), value.substring(0, space));
        } catch (NumberFormatException e) {
            throw new ClimateCityException("money amount must be a decimal number, was '" + value + "'", e);
        }
    }

    private static Currency currency(String code) {
        if (code == null) {
            throw new ClimateCityException("currency must not be null");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new ClimateCityException("currency must be an ISO 4217 code such as 'SEK', was '" + code + "'", e);
        }
    }

    /**
     * Returns the form {@code CUR amount}.
     *
     * @return the text, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
