package org.climatecity.core.id;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * A Swedish municipality code ({@code kommunkod}): four digits whose first two are the county code, such as
 * {@code 2081} for Borlänge in county {@code 20}.
 *
 * <p>This type checks the form only; {@link org.climatecity.core.registry.SwedishRegions} tells whether one of the
 * 290 municipalities has the code. The Swedish LAU code of a municipality is the same four digits (see
 * {@link LauCode#of(MunicipalityCode)}). Immutable and thread-safe; ordered by code.
 *
 * @param value the four digits, not null
 * @since 0.1.0
 */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {

    /**
     * Creates a municipality code, checking its form.
     *
     * @param value the four digits, not null
     * @throws ClimateCityException if the value is not four digits
     */
    public MunicipalityCode {
        if (value == null || value.length() != 4 || !Digits.all(value)) {
            throw new ClimateCityException("municipality code must be 4 digits, was '"
                    + (value == null ? "null" : Texts.abbreviate(value)) + "'");
        }
    }

    /**
     * Obtains a municipality code.
     *
     * @param value the four digits, not null
     * @return the code
     * @throws ClimateCityException if the value is not four digits
     */
    public static MunicipalityCode of(String value) {
        return new MunicipalityCode(value);
    }

    /**
     * Parses a municipality code from its text form.
     *
     * @param text the four digits, not null
     * @return the code
     * @throws ClimateCityException if the text is not four digits
     */
    public static MunicipalityCode parse(CharSequence text) {
        return new MunicipalityCode(text == null ? null : text.toString());
    }

    /**
     * Returns the code of the county the municipality lies in: its first two digits.
     *
     * @return the county code, not null
     */
    public CountyCode county() {
        return new CountyCode(value.substring(0, 2));
    }

    @Override
    public int compareTo(MunicipalityCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the four digits.
     *
     * @return the code, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return value;
    }
}
