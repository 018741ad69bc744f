package org.climatecity.core.id;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * A Local Administrative Unit (LAU) code of Eurostat, qualified by its country because LAU codes are unique only
 * within a country. The text form is {@code COUNTRY:CODE}, such as {@code SE:2081}; a Swedish LAU code is the
 * municipality code.
 *
 * <p>Immutable and thread-safe; not comparable.
 *
 * @param country the country, not null
 * @param code the national LAU code: 1 to 12 uppercase letters, digits or hyphens, not null
 * @since 0.1.0
 */
public record LauCode(CountryCode country, String code) {

    /**
     * Creates a LAU code, checking its form, and for Sweden that it is a municipality code.
     *
     * @param country the country, not null
     * @param code the national code, not null
     * @throws ClimateCityException if the code is malformed
     */
    public LauCode {
        if (country == null) {
            throw new ClimateCityException("LAU country must not be null");
        }
        if (code == null || !valid(code)) {
            throw new ClimateCityException("LAU code must be 1 to 12 uppercase letters, digits or hyphens, was '"
                    + (code == null ? "null" : Texts.abbreviate(code)) + "'");
        }
        if (country.equals(CountryCode.SWEDEN)) {
            new MunicipalityCode(code);
        }
    }

    private static boolean valid(String code) {
        if (code.isEmpty() || code.length() > 12) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Obtains the LAU code of a Swedish municipality, which is its municipality code.
     *
     * @param municipality the municipality code, not null
     * @return the LAU code
     */
    public static LauCode of(MunicipalityCode municipality) {
        return new LauCode(CountryCode.SWEDEN, municipality.value());
    }

    /**
     * Parses a LAU code written {@code COUNTRY:CODE}.
     *
     * @param text the text, not null
     * @return the LAU code
     * @throws ClimateCityException if the text is malformed
     */
    public static LauCode parse(CharSequence text) {
        if (text == null) {
            throw new ClimateCityException("LAU code must not be null");
        }
        String value = text.toString();
        int colon = value.indexOf(':');
        if (colon != 2) {
            throw new ClimateCityException("LAU code must be written COUNTRY:CODE such as 'SE:2081', was '"
                    + Texts.abbreviate(value) + "'");
        }
        return new LauCode(new CountryCode(value.substring(0, 2)), value.substring(3));
    }

    /**
     * Returns the form {@code COUNTRY:CODE}.
     *
     * @return the text, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return country + ":" + code;
    }
}
