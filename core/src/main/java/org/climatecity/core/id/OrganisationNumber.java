package org.climatecity.core.id;

import java.util.regex.Pattern;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * A Swedish organisation number ({@code organisationsnummer}): ten digits whose last is a Luhn check digit.
 *
 * <p>The canonical text form is {@code NNNNNN-NNNN}, for example {@code 212000-2205}; {@link #parse(CharSequence)}
 * accepts it with or without the hyphen. Immutable and thread-safe; not comparable, as numbers carry no order.
 *
 * @param digits the ten digits without hyphen, not null
 * @since 0.1.0
 */
public record OrganisationNumber(String digits) {

    /** How a number may be written: ten digits, with or without a hyphen after the sixth. */
    static final Pattern WRITTEN = Pattern.compile("[0-9]{6}-?[0-9]{4}");

    /**
     * Creates an organisation number from its ten digits, checking the Luhn check digit.
     *
     * @param digits the ten digits without hyphen, not null
     * @throws ClimateCityException if the value is not ten digits or the check digit is wrong
     */
    public OrganisationNumber {
        if (digits == null || digits.length() != 10 || !Digits.all(digits)) {
            throw new ClimateCityException("organisation number must be 10 digits, was '"
                    + (digits == null ? "null" : Texts.abbreviate(digits)) + "'");
        }
        if (!luhnValid(digits)) {
            throw new ClimateCityException("organisation number must end in a valid Luhn check digit, was '"
                    + digits.substring(0, 6) + "-" + digits.substring(6) + "'");
        }
    }

    /**
     * Parses an organisation number written {@code NNNNNN-NNNN} or {@code NNNNNNNNNN}.
     *
     * @param text the number, not null
     * @return the organisation number
     * @throws ClimateCityException if the text is not a valid organisation number
     */
    public static OrganisationNumber parse(CharSequence text) {
        if (text == null) {
            throw new ClimateCityException("organisation number must not be null");
        }
        String value = text.toString();
        if (value.length() == 11 && WRITTEN.matcher(value).matches()) {
            value = value.substring(0, 6) + value.substring(7);
        }
        return new OrganisationNumber(value);
    }

    /**
     * Checks if ten digits end in a valid Luhn check digit.
     *
     * @param digits ten digits
     * @return true if the check digit is valid
     */
    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            // counted from the left on a 10-digit number, the even positions are doubled
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /**
     * Returns the canonical form {@code NNNNNN-NNNN}.
     *
     * @return the number with hyphen, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }
}
