package org.climatecity.core.id;

import org.climatecity.core.internal.Slugs;
import org.jspecify.annotations.Nullable;

/**
 * The document-local identifier of an entity that is not an actor (an initiative, target, action plan, action,
 * pilot, scaling plan, stage or forum): a lowercase slug such as {@code klimatneutrala-borlange}.
 *
 * <p>A slug is 1 to 64 characters of lowercase ASCII letters and digits, in groups joined by single hyphens.
 * Other entities refer to it by this id. Immutable and thread-safe; ordered by its text; equal to another id of the
 * same slug.
 *
 * <p>A final class rather than a record, unlike {@link ActorId}: it keeps its hash code beside the slug. The document
 * rules hash every local id of a document, tens of thousands, and reading the hash from the slug's string would fetch
 * one more object from memory per id.
 *
 * @since 0.1.0
 */
public final class LocalId implements Comparable<LocalId> {

    private final String value;
    private final int hash;

    /**
     * Creates an id, checking that the value is a slug.
     *
     * @param value the slug, not null
     * @throws org.climatecity.core.ClimateCityException if the value is not a slug
     */
    public LocalId(String value) {
        Slugs.check(value, "id");
        this.value = value;
        this.hash = value.hashCode();
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

    /**
     * Returns the slug.
     *
     * @return the slug, not null
     */
    public String value() {
        return value;
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

    /**
     * Compares by slug.
     *
     * @param other the other object
     * @return true if it is {@code LocalId} with the same value
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other == this || other instanceof LocalId that && hash == that.hash && value.equals(that.value);
    }

    /**
     * Returns the slug's hash code, kept since creation.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return hash;
    }
}
