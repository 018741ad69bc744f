package org.climatecity.core.validation;

import java.util.List;
import java.util.function.Function;

/**
 * A set of ids sized for the number it will hold: open addressing with linear probing over one array, so that adding
 * an id allocates nothing (a {@code HashSet} allocates a node per id, and the document rules add tens of thousands per
 * check); it grows if given more. Ids are compared by {@code equals}; null is not an id.
 *
 * <p>Not thread-safe; one check's scratch space.
 */
final class IdSet {

    private Object[] slots;
    /** The hash of each slot's id, compared before the id: a probe past other ids then reads no id. */
    private int[] hashes;
    private int mask;
    private int size;

    /**
     * Creates a set for up to some number of ids: its table holds at least twice as many slots.
     *
     * @param expected how many ids it will hold at most
     */
    IdSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        slots = new Object[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
    }

    /**
     * Creates a set holding the ids of some entities.
     *
     * @param <E> the entities' type
     * @param entities the entities, not null
     * @param id gives an entity's id, not null
     * @return the set
     */
    static <E> IdSet of(List<E> entities, Function<? super E, ?> id) {
        IdSet set = new IdSet(entities.size());
        set.addAll(entities, id);
        return set;
    }

    /**
     * Adds an id.
     *
     * @param id the id, not null
     * @return false if the set held it already
     */
    boolean add(Object id) {
        int hash = id.hashCode();
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            Object slot = slots[i];
            if (slot == null) {
                slots[i] = id;
                hashes[i] = hash;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
            if (hashes[i] == hash && (slot == id || slot.equals(id))) {
                return false;
            }
        }
    }

    /**
     * Adds the ids of some entities.
     *
     * @param <E> the entities' type
     * @param entities the entities, not null
     * @param id gives an entity's id, not null
     * @return false if the set held one of them already, or one came twice
     */
    <E> boolean addAll(List<E> entities, Function<? super E, ?> id) {
        boolean distinct = true;
        for (int i = 0; i < entities.size(); i++) {
            distinct &= add(id.apply(entities.get(i)));
        }
        return distinct;
    }

    /**
     * Checks if the set holds an id.
     *
     * @param id the id, not null
     * @return true if it does
     */
    boolean contains(Object id) {
        int hash = id.hashCode();
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            Object slot = slots[i];
            if (slot == null) {
                return false;
            }
            // a reference read from a document is mostly the very instance of the id it names: no need to read it
            if (slot == id || hashes[i] == hash && slot.equals(id)) {
                return true;
            }
        }
    }

    /**
     * Checks if the set holds every id of a list.
     *
     * @param ids the ids, not null
     * @return true if it holds each
     */
    boolean containsAll(List<?> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (!contains(ids.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        Object[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new Object[oldSlots.length * 2];
        hashes = new int[slots.length];
        mask = slots.length - 1;
        for (int k = 0; k < oldSlots.length; k++) {
            if (oldSlots[k] != null) {
                int i = spread(oldHashes[k]) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[k];
                hashes[i] = oldHashes[k];
            }
        }
    }

    /**
     * Scatters an id's hash over the slots, as the reader's table of texts does: ids that differ in their last
     * characters have neighbouring hashes, which would otherwise fill runs of adjacent slots.
     */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
