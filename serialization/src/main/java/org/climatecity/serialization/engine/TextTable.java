package org.climatecity.serialization.engine;

import org.jspecify.annotations.Nullable;

/**
 * Values by the text they were read from, looked up by the characters of a text in the parser's buffer, so that a
 * text seen before costs no new string: a document names the same actors, areas, sectors and dates tens of thousands
 * of times. An open-addressing table with linear probing; the hash is {@link String#hashCode()}'s.
 *
 * <p>Not thread-safe while it is being filled; a table filled once and then only read may be shared.
 */
final class TextTable {

    /**
     * The texts, null for a free slot: the very strings the values were parsed from, which the values often hold
     * themselves, so the table costs no copy of the characters.
     */
    private String[] keys;
    private Object[] values;
    private int[] hashes;
    private int size;

    /** Creates an empty table. */
    TextTable() {
        keys = new String[16];
        values = new Object[16];
        hashes = new int[16];
    }

    /** Returns {@link String#hashCode()} of the text in {@code chars[offset, offset + length)}. */
    static int hash(char[] chars, int offset, int length) {
        // the same polynomial, four characters a step: fewer dependent multiplications
        int h = 0;
        int i = offset;
        int end = offset + length;
        for (; i + 3 < end; i += 4) {
            h = 923521 * h + 29791 * chars[i] + 961 * chars[i + 1] + 31 * chars[i + 2] + chars[i + 3];
        }
        for (; i < end; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    /**
     * Returns the value of a text given as characters.
     *
     * @return the value, or null when the text is not in the table
     */
    @Nullable Object get(char[] chars, int offset, int length, int hash) {
        int mask = keys.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String key = keys[i];
            if (key == null) {
                return null;
            }
            if (hashes[i] == hash && matches(key, chars, offset, length)) {
                return values[i];
            }
        }
    }

    /**
     * Returns the value of a text.
     *
     * @return the value, or null when the text is not in the table
     */
    @Nullable Object get(String text) {
        int hash = text.hashCode();
        int mask = keys.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String key = keys[i];
            if (key == null) {
                return null;
            }
            if (hashes[i] == hash && key.equals(text)) {
                return values[i];
            }
        }
    }

    /** Adds a text that is not in the table, with its value (not null) and its hash. */
    void put(String text, int hash, Object value) {
        // at most two thirds full: short probes, and a table of a few hundred thousand ids stays small
        if (3 * (size + 1) > 2 * keys.length) {
            grow();
        }
        insert(text, hash, value);
        size++;
    }

    private void insert(String key, int hash, Object value) {
        int mask = keys.length - 1;
        int i = spread(hash) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        hashes[i] = hash;
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }

    private static boolean matches(String key, char[] chars, int offset, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Scatters a string hash over the slots. The hashes of texts that differ in their last characters, as a document's
     * ids do ({@code action-0114-01}, {@code action-0114-02}), are neighbours: taken as they are, they filled runs of
     * adjacent slots that other texts had to probe past. Multiplying by the golden ratio's 32-bit fraction spreads
     * them; the high bits are then mixed into the low ones, which pick the slot.
     */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
