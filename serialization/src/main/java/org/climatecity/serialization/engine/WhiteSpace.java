package org.climatecity.serialization.engine;

import org.climatecity.serialization.format.ModelFormat;

/**
 * The white space a text of the format may not consist of, as {@link ModelFormat#NOT_BLANK} declares it for the
 * JSON Schema: every character that JSON Schema's {@code \s} (ECMA-262), Java's {@link Character#isWhitespace} or
 * Python's {@code str.isspace} takes for white space, among them the no-break spaces U+00A0, U+2007 and U+202F,
 * which Java's {@link String#strip()} keeps.
 */
public final class WhiteSpace {

    private WhiteSpace() {
    }

    /**
     * Checks if a text is empty or has only white space.
     *
     * @param text the text
     * @return true if the text is blank
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (!is(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks if a character is white space.
     *
     * @param c the character
     * @return true for white space
     */
    public static boolean is(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c';
        }
        return c == '\u0085' || c == '\u00a0' || c == '\u1680' || c >= '\u2000' && c <= '\u200a' || c == '\u2028'
                || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }
}
