package org.climatecity.core.internal;

import java.util.Locale;

/**
 * Shows input values in messages: the one way the library's modules shorten a value they echo, so that a huge input
 * never makes a huge message and a shortened one is still valid text. Not part of the public API.
 */
public final class Texts {

    /** The most characters of a value a message echoes. */
    public static final int MAX_ECHO = 40;

    private Texts() {
    }

    /**
     * Shortens a value for a message to at most {@value #MAX_ECHO} characters and an ellipsis.
     *
     * @param value the value, not null
     * @return the value, or its start and {@code …}; never ends between the two halves of a surrogate pair
     */
    public static String abbreviate(String value) {
        return abbreviate(value, MAX_ECHO);
    }

    /**
     * Shortens a text to at most some characters and an ellipsis.
     *
     * @param value the text, not null
     * @param maxLength the most characters kept, at least 1
     * @return the text, or its start and {@code …}; never ends between the two halves of a surrogate pair
     */
    public static String abbreviate(String value, int maxLength) {
        if (value.length() <= maxLength) {
            return value;
        }
        // a pair cut after its high surrogate would leave a character that no encoding can write
        int end = Character.isHighSurrogate(value.charAt(maxLength - 1))
                && Character.isLowSurrogate(value.charAt(maxLength)) ? maxLength - 1 : maxLength;
        return value.substring(0, end) + "…";
    }

    /**
     * Shortens a value for a message as {@link #abbreviate(String)} does and escapes its control characters, so that
     * the message stays on one line: line feed, carriage return and tab as {@code \n}, {@code \r} and {@code \t}, the
     * others as {@code \u005Cu0000}.
     *
     * @param value the value, not null
     * @return the value as a message shows it
     */
    public static String oneLine(String value) {
        String cut = abbreviate(value);
        StringBuilder out = null;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(cut.length() + 8).append(cut, 0, i);
                }
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? cut : out.toString();
    }

    /**
     * Replaces what has no place in a text shown to a reader, by U+FFFD: control characters (C0 and C1, but for tab
     * and line feed), lone surrogates and the non-characters U+FFFE and U+FFFF. The result is valid XML 1.0 text, and
     * no terminal or viewer acts on it.
     *
     * @param value the text, not null
     * @return the text, itself if nothing was replaced
     */
    public static String printable(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            boolean bad = !pair && (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isISOControl(c) && c != '\t' && c != '\n');
            if (bad && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                if (bad) {
                    out.append('\uFFFD');
                } else if (pair) {
                    out.append(c).append(value.charAt(i + 1));
                } else {
                    out.append(c);
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? value : out.toString();
    }

    /**
     * Shortens a text to be shown as a label, such as a chart's title or legend, and makes it printable: at most some
     * characters and an ellipsis ({@link #abbreviate(String, int)}), then {@link #printable(String)} with line feeds
     * and tabs as spaces too.
     *
     * @param value the text, not null
     * @param maxLength the most characters kept, at least 1
     * @return the label
     */
    public static String label(String value, int maxLength) {
        return printable(abbreviate(value, maxLength)).replace('\n', ' ').replace('\t', ' ');
    }

    /**
     * Returns an enum constant as a document spells it, so that a message uses the document's own words: the
     * constant's name in lowercase with hyphens, such as {@code supporting} for {@code SUPPORTING} and
     * {@code official-statistics} for {@code OFFICIAL_STATISTICS}.
     *
     * @param value the constant, not null
     * @return its word in the format
     */
    public static String word(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
