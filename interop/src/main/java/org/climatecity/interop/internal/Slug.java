package org.climatecity.interop.internal;

import org.climatecity.core.internal.Slugs;

/** Turns outside ids and names into the lowercase slugs the model's ids are. */
public final class Slug {

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
        return Slugs.of(text, Slugs.MAX_LENGTH);
    }
}
