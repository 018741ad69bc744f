package org.climatecity.interop.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Turns outside ids and names into the lowercase slugs the model's ids are. */
public final class Slug {

    private static final int MAX = 64;

    private Slug() {
    }

    /**
     * Returns a slug of a text: letters without accents in lowercase, digits, and single hyphens for anything else,
     * at most 64 characters.
     *
     * @param text the text
     * @return the slug, {@code x} when nothing is left
     */
    public static String of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
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
        String slug = out.length() > MAX ? out.substring(0, MAX) : out.toString();
        while (slug.endsWith("-")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        return slug.isEmpty() ? "x" : slug;
    }
}
