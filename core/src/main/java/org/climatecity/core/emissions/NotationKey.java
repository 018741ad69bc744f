package org.climatecity.core.emissions;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * Why an inventory gives no figure for a source of emissions: the GHG Protocol GPC's notation keys {@link #NO}
 * (not occurring), {@link #IE} (included elsewhere), {@link #NE} (not estimated) and {@link #C} (confidential), or
 * a key of the source's own, kept as given. A notation key is not zero: a sum over entries with one is incomplete.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the key, such as {@code NE}: 1 to 16 letters, digits, hyphens or asterisks, not null
 * @since 0.1.0
 */
public record NotationKey(String code) {

    /** Not occurring: the activity does not happen in the area. */
    public static final NotationKey NO = new NotationKey("NO");
    /** Included elsewhere: the emissions are counted under another entry. */
    public static final NotationKey IE = new NotationKey("IE");
    /** Not estimated: the emissions occur but were not quantified. */
    public static final NotationKey NE = new NotationKey("NE");
    /** Confidential: the figure exists but may not be published. */
    public static final NotationKey C = new NotationKey("C");

    /**
     * Creates a notation key.
     *
     * @param code the key, not null
     * @throws ClimateCityException if the key is blank, too long or holds other characters
     */
    public NotationKey {
        if (code == null || code.isEmpty() || code.length() > 16 || !valid(code)) {
            throw new ClimateCityException("notation key must be 1 to 16 letters, digits, hyphens or asterisks such"
                    + " as 'NE', was '" + (code == null ? "null" : Texts.abbreviate(code)) + "'");
        }
    }

    private static boolean valid(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '*') || c > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a notation key.
     *
     * @param text the key, not null
     * @return the key
     * @throws ClimateCityException if malformed
     */
    public static NotationKey parse(CharSequence text) {
        return new NotationKey(text == null ? null : text.toString());
    }

    /**
     * Checks if the key is one of the GPC's four.
     *
     * @return true for NO, IE, NE and C
     */
    public boolean isGpcKey() {
        return equals(NO) || equals(IE) || equals(NE) || equals(C);
    }

    /**
     * Checks if the emissions are counted elsewhere or do not occur, so that a sum is complete without them.
     *
     * @return true for NO and IE
     */
    public boolean isAccountedFor() {
        return equals(NO) || equals(IE);
    }

    /**
     * Returns the key.
     *
     * @return the code, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return code;
    }
}
