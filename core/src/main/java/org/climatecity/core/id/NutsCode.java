package org.climatecity.core.id;

import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * A code of the EU's Nomenclature of Territorial Units for Statistics (NUTS): a two-letter country prefix followed by
 * zero to three letters or digits, one per level, such as {@code SE} (level 0), {@code SE3} (1), {@code SE31} (2) and
 * {@code SE312} (3, Dalarnas län).
 *
 * <p>Immutable and thread-safe; ordered by code.
 *
 * @param value the code, not null
 * @since 0.1.0
 */
public record NutsCode(String value) implements Comparable<NutsCode> {

    /**
     * Creates a NUTS code, checking its form.
     *
     * @param value the code, not null
     * @throws ClimateCityException if the value is not a NUTS code
     */
    public NutsCode {
        if (value == null || !valid(value)) {
            throw new ClimateCityException("NUTS code must be 2 uppercase letters followed by up to 3 uppercase letters"
                    + " or digits, was '" + (value == null ? "null" : Texts.abbreviate(value)) + "'");
        }
    }

    private static boolean valid(String value) {
        int n = value.length();
        if (n < 2 || n > 5) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (i < 2 ? !letter : !(letter || digit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Obtains a NUTS code.
     *
     * @param value the code, not null
     * @return the code
     * @throws ClimateCityException if the value is not a NUTS code
     */
    public static NutsCode of(String value) {
        return new NutsCode(value);
    }

    /**
     * Parses a NUTS code from its text form.
     *
     * @param text the code, not null
     * @return the code
     * @throws ClimateCityException if the text is not a NUTS code
     */
    public static NutsCode parse(CharSequence text) {
        return new NutsCode(text == null ? null : text.toString());
    }

    /**
     * Returns the NUTS level, 0 for a country to 3 for the smallest regions.
     *
     * @return the level, 0 to 3
     */
    public int level() {
        return value.length() - 2;
    }

    /**
     * Returns the country prefix of the code. For Greece it is {@code EL}, not the ISO code {@code GR}.
     *
     * @return the two-letter prefix, not null
     */
    public String countryPrefix() {
        return value.substring(0, 2);
    }

    /**
     * Returns the country of the region: the prefix, except Greece's {@code EL} (ISO {@code GR}) and the United
     * Kingdom's {@code UK} (ISO {@code GB}).
     *
     * @return the country, or empty when the prefix names no ISO 3166-1 country
     */
    public Optional<CountryCode> country() {
        String iso = switch (countryPrefix()) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> countryPrefix();
        };
        try {
            return Optional.of(new CountryCode(iso));
        } catch (ClimateCityException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks if this region contains another: the other code starts with this one.
     *
     * @param other the other region, not null
     * @return true if this region equals or contains the other
     */
    public boolean contains(NutsCode other) {
        return other.value.startsWith(value);
    }

    @Override
    public int compareTo(NutsCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the code.
     *
     * @return the code, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return value;
    }
}
