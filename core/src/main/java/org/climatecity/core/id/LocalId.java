package org.climatecity.core.id;

import org.climatecity.core.internal.Slugs;

/**
 * The document-local identifier of an entity that is not an actor (an initiative, target, action plan, action,
 * pilot, scaling plan, stage or forum): a lowercase slug such as {@code klimatneutrala-borlange}.
 *
 * <p>A slug is 1 to 64 characters of lowercase ASCII letters and digits, in groups joined by single hyphens.
 * Other entities refer to it by this id. Immutable and thread-safe; ordered by its text; equal to another id of the
 * same slug.
 *
 * @param value the slug, not null
 * @since 0.1.0
 */
public record LocalId(String value) implements Comparable<LocalId> {

    /**
     * Creates an id, checking that the value is a slug.
     *
     * @param value the slug, not null
     * @throws org.climatecity.core.ClimateCityException if the value is not a slug
     */
    public LocalId {
        Slugs.check(value, "id");
    }

    /**
     * Obtains an id from its slug.
     *
     * @param value the slug, not null
     * @return the id
     * @throws org.climatecity.core.ClimateCityException if the value is not a slug
     */
    public static LocalId of(String value) {
        return new LocalId(value);
    }

    /**
     * Parses an id from its text form, the slug itself.
     *
     * @param text the slug, not null
     * @return the id
     * @throws org.climatecity.core.ClimateCityException if the text is not a slug
     */
    public static LocalId parse(CharSequence text) {
        return new LocalId(text == null ? null : text.toString());
    }

    @Override
    public int compareTo(LocalId other) {
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
