package org.climatecity.core.id;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * A Swedish county code ({@code länskod}): two digits, such as {@code 20} for Dalarnas län.
 *
 * <p>This type checks the form only; {@link org.climatecity.core.registry.SwedishRegions} tells whether a county
 * with the code exists. Immutable and thread-safe; ordered by code.
 *
 * @param value the two digits, not null
 * @since 0.1.0
 */
public record CountyCode(String value) implements Comparable<CountyCode> {

    /**
     * Creates a county code, checking its form.
     *
     * @param value the two digits, not null
     * @throws ClimateCityException if the value is not two digits
     */
    public CountyCode {
        if (value == null || value.length() != 2 || !Digits.all(value)) {
            throw new ClimateCityException("county code must be 2 digits, was '"
                    + (value == null ? "null" : Texts.abbreviate(value)) + "'");
        }
    }

    /**
     * Obtains a county code.
     *
     * @param value the two digits, not null
     * @return the code
     * @throws ClimateCityException if the value is not two digits
     */
    public static CountyCode of(String value) {
        return new CountyCode(value);
    }

    /**
     * Parses a county code from its text form.
     *
     * @param text the two digits, not null
     * @return the code
     * @throws ClimateCityException if the text is not two digits
     */
    public static CountyCode parse(CharSequence text) {
        return new CountyCode(text == null ? null : text.toString());
    }

    @Override
    public int compareTo(CountyCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the two digits.
     *
     * @return the code, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return value;
    }
}
