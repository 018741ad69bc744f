package org.climatecity.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.climatecity.core.ClimateCityException;
import org.jspecify.annotations.Nullable;

/**
 * The slug rule shared by {@code ActorId} and {@code LocalId}. Not part of the public API.
 */
public final class Slugs {

    /** The longest slug accepted. */
    public static final int MAX_LENGTH = 64;

    /** Combining marks, which the decomposed form of an accented letter puts after the letter. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Slugs() {
    }

    /**
     * Checks that a value is a slug: lowercase ASCII letters and digits in groups joined by single hyphens.
     *
     * @param value the value
     * @param what what the value is, for the message
     */
    public static void check(@Nullable String value, String what) {
        if (value == null) {
            throw new ClimateCityException(what + " must not be null");
        }
        if (!isSlug(value)) {
            throw new ClimateCityException(what + " must be 1 to " + MAX_LENGTH
                    + " lowercase letters a-z and digits in groups joined by single hyphens, was '"
                    + Texts.abbreviate(value) + "'");
        }
    }

    /**
     * Checks if a value is a slug.
     *
     * @param value the value
     * @return true if it is a slug
     */
    public static boolean isSlug(String value) {
        int n = value.length();
        if (n == 0 || n > MAX_LENGTH || value.charAt(0) == '-' || value.charAt(n - 1) == '-') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
            if (!ok) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * Returns a slug of a text: letters without accents in lowercase, digits, and single hyphens for anything else,
     * cut to a length at most without a trailing hyphen.
     *
     * @param text the text
     * @param maxLength the longest slug returned, at least 1
     * @return the slug, {@code x} when nothing is left
     */
    public static String of(String text, int maxLength) {
        // ASCII text decomposes to itself and holds no marks: most names and ids need neither step
        String plain = (ascii(text) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll(""))
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        if (out.length() > maxLength) {
            out.setLength(maxLength);
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.length() == 0 ? "x" : out.toString();
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
