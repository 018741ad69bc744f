package org.climatecity.core.id;

import org.climatecity.core.internal.Slugs;

/**
 * The document-local identifier of an actor: a lowercase slug such as {@code borlange} or {@code region-dalarna}.
 *
 * <p>A slug is 1 to 64 characters of lowercase ASCII letters and digits, in groups joined by single hyphens.
 * Other entities of a document refer to actors by this id. Immutable and thread-safe; ordered by its text.
 *
 * @param value the slug, not null
 * @since 0.1.0
 */
public record ActorId(String value) implements Comparable<ActorId> {

    /**
     * Creates an actor id, checking that the value is a slug.
     *
     * @param value the slug, not null
     * @throws org.climatecity.core.ClimateCityException if the value is not a slug
     */
    public ActorId {
        Slugs.check(value, "actor id");
    }

    /**
     * Obtains an actor id from its slug.
     *
     * @param value the slug, not null
     * @return the id
     * @throws org.climatecity.core.ClimateCityException if the value is not a slug
     */
    public static ActorId of(String value) {
        return new ActorId(value);
    }

    /**
     * Parses an actor id from its text form, the slug itself.
     *
     * @param text the slug, not null
     * @return the id
     * @throws org.climatecity.core.ClimateCityException if the text is not a slug
     */
    public static ActorId parse(CharSequence text) {
        return new ActorId(text == null ? null : text.toString());
    }

    @Override
    public int compareTo(ActorId other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the slug.
     *
     * @return the slug, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return value;
    }
}
