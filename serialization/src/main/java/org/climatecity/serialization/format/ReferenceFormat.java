package org.climatecity.serialization.format;

import java.util.Objects;
import java.util.function.Function;
import org.climatecity.core.internal.Slugs;
import org.jspecify.annotations.Nullable;

/**
 * A record of the model that a document declares once, in a list of the document's root, and names by an id
 * wherever the model holds it: the model holds the value itself (a {@code Provenance} holds its {@code DataSource}),
 * the document holds {@code "source": "smhi-nationella-emissionsdatabasen-2024"} and declares the source once in
 * {@code "dataSources"}. Such ids are not part of the model: a writer derives them from the value, readably and
 * the same for the same value, and a reader resolves them in any order of the root's properties.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the record type
 * @param type the record type
 * @param table the name of the root's list that declares the values, such as {@code dataSources}
 * @param what what a value is called in messages, such as {@code data source}
 * @param title the text an id starts with, such as a source's publisher and name
 * @param edition the text an id ends with, kept whole when the title is cut, or null when there is none
 * @param standIn makes a value that stands for an id read before its declaration, until the reader replaces it by
 *     the declared value; each stand-in is made once per id of a read
 */
public record ReferenceFormat<T>(Class<T> type, String table, String what, Function<T, String> title,
        Function<T, @Nullable String> edition, Function<String, T> standIn) {

    /** The pattern of an id: a slug, as actor ids and local ids are. */
    public static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** The longest id. */
    public static final int ID_MAX_LENGTH = Slugs.MAX_LENGTH;

    /** Room left at the end of an id for a suffix that tells apart values with the same readable id. */
    private static final int SUFFIX_ROOM = 4;

    /**
     * Creates a declaration.
     *
     * @param type the record type, not null
     * @param table the list's name, not null
     * @param what the name in messages, not null
     * @param title the id's start, not null
     * @param edition the id's end, not null
     * @param standIn makes a stand-in, not null
     */
    public ReferenceFormat {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(standIn, "standIn");
    }

    /**
     * Returns the readable id of a value: its title and edition as a slug, short enough that a suffix such as
     * {@code -2} still fits within {@link #ID_MAX_LENGTH}; the title is cut between words, and the edition kept
     * whole. Values
     * that differ in other components have the same readable id; a writer tells them apart by a suffix.
     *
     * @param value the value, not null
     * @return the id, a slug
     */
    public String readableId(T value) {
        String end = edition.apply(value);
        String endSlug = end == null ? "" : Slugs.of(end, ID_MAX_LENGTH / 2);
        int room = ID_MAX_LENGTH - SUFFIX_ROOM - (endSlug.isEmpty() ? 0 : endSlug.length() + 1);
        String start = Slugs.of(title.apply(value), Integer.MAX_VALUE);
        if (start.length() > room) {
            // cut between words where there is a word boundary to cut at
            int boundary = start.lastIndexOf('-', room);
            start = boundary > 0 ? start.substring(0, boundary) : Slugs.of(start, room);
        }
        return endSlug.isEmpty() ? start : start + "-" + endSlug;
    }
}
