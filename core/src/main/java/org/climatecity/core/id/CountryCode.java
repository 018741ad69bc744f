package org.climatecity.core.id;

import java.util.Locale;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * An ISO 3166-1 alpha-2 country code, such as {@code SE}.
 *
 * <p>Only the codes the JDK lists as assigned ISO 3166 countries are accepted. Immutable and thread-safe; ordered
 * by code.
 *
 * @param value the two uppercase letters, not null
 * @since 0.1.0
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** Sweden. */
    public static final CountryCode SWEDEN = new CountryCode("SE");

    /**
     * Creates a country code, checking that it is an assigned ISO 3166-1 alpha-2 code.
     *
     * @param value the two uppercase letters, not null
     * @throws ClimateCityException if the value is not an assigned code
     */
    public CountryCode {
        if (value == null || !ISO_COUNTRIES.contains(value)) {
            throw new ClimateCityException("country code must be an assigned ISO 3166-1 alpha-2 code such as 'SE',"
                    + " was '" + (value == null ? "null" : Texts.abbreviate(value)) + "'");
        }
    }

    /**
     * Obtains a country code.
     *
     * @param value the two uppercase letters, not null
     * @return the code
     * @throws ClimateCityException if the value is not an assigned code
     */
    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    /**
     * Parses a country code from its text form.
     *
     * @param text the two uppercase letters, not null
     * @return the code
     * @throws ClimateCityException if the text is not an assigned code
     */
    public static CountryCode parse(CharSequence text) {
        return new CountryCode(text == null ? null : text.toString());
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the two letters.
     *
     * @return the code, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return value;
    }
}
