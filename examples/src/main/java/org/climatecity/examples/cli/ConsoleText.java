package org.climatecity.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;

/**
 * Keeps a document's control characters from reaching the terminal: an ESC can recolour, move the cursor or retitle
 * the window, a CR overwrite a line, a bidi control reorder what follows. Each is shown in {@code \u005Cu001B} notation
 * instead, as is a character that looks like a line break but is not one.
 *
 * <p>The characters shown escaped: the C0 controls except line feed and tab, DEL, the C1 controls
 * (U+0080 to U+009F), the bidi controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and the line and
 * paragraph separators (U+2028, U+2029).
 */
final class ConsoleText {

    private ConsoleText() {
    }

    /**
     * Checks if a character must not reach the terminal as it is.
     *
     * @param c the character
     * @return true to show it escaped
     */
    static boolean isUnsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c == 0x061C || c == 0x200E
                || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x2028
                || c == 0x2029;
    }

    /**
     * Returns text with every unsafe character in {@code \u005Cu001B} notation.
     *
     * @param text the text, not null
     * @return the text to print
     */
    static String escape(CharSequence text) {
        return escape(text, (char) 0);
    }

    /**
     * Returns JSON text with every unsafe character that a JSON writer leaves as it is (DEL, the C1 and bidi
     * controls, the separators) written as a JSON escape: such a character can only stand inside a string, where
     * {@code \u005Cu009B} means the same, so the JSON is unchanged for any reader. A JSON writer escapes the C0
     * controls in strings itself; outside them, line breaks stay as they are.
     *
     * @param json JSON text, not null
     * @return the same JSON, safe to print
     */
    static String escapeJson(String json) {
        return escape(json, (char) 0x7F);
    }

    private static String escape(CharSequence text, char from) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= from && isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    /**
     * Returns a writer that shows every unsafe character escaped and passes the rest, line breaks included, to
     * another. Its {@link PrintWriter#checkError()} reports the other's errors.
     *
     * @param out the writer for the console, not null
     * @return the escaping writer
     */
    static PrintWriter escaping(PrintWriter out) {
        Objects.requireNonNull(out, "out");
        return out instanceof Escaping ? out : new Escaping(out, (char) 0);
    }

    /**
     * Returns a writer for JSON text that escapes, as {@link #escapeJson(String)} does, what it is written as it goes,
     * so that a large document is never held as one string.
     *
     * @param out the writer for the console, not null
     * @return the escaping writer
     */
    static PrintWriter escapingJson(PrintWriter out) {
        return new Escaping(Objects.requireNonNull(out, "out"), (char) 0x7F);
    }

    /** Escapes every character written; {@code println} writes the line separator past it, unescaped. */
    private static final class Escaping extends PrintWriter {

        private final char from;

        Escaping(PrintWriter out, char from) {
            super(out, true);
            this.from = from;
        }

        @Override
        public void write(int c) {
            if (c >= from && isUnsafe((char) c)) {
                super.write(escape(String.valueOf((char) c)), 0, 6);
            } else {
                super.write(c);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            String text = escape(new String(buffer, offset, length), from);
            super.write(text, 0, text.length());
        }

        @Override
        public void write(String text, int offset, int length) {
            String escaped = escape(text.substring(offset, offset + length), from);
            super.write(escaped, 0, escaped.length());
        }
    }
}
