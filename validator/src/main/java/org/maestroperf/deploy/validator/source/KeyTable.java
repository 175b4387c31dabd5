package org.maestroperf.deploy.validator.source;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds a key among a mapping's keys: by scanning them while there are few (the typical object's
 * mappings have a handful of keys, where a scan beats hashing), through a hash table beyond
 * {@link #SCAN_LIMIT}, so that one mapping of n keys costs O(n) to build and to read, not O(n²).
 */
final class KeyTable {

    /** Most keys found by a scan; a test proves both ways give the same answers. */
    static final int SCAN_LIMIT = 8;

    private KeyTable() {
    }

    /** A table of the first {@code size} keys (distinct), or null when a scan will do. */
    static Map<String, Integer> of(String[] keys, int size) {
        if (size <= SCAN_LIMIT) {
            return null;
        }
        Map<String, Integer> table = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            table.put(keys[i], i);
        }
        return table;
    }

    /** The index of {@code key} among the first {@code size} keys, or -1. */
    static int indexOf(Map<String, Integer> table, String[] keys, int size, String key) {
        if (table != null) {
            Integer index = table.get(key);
            return index == null ? -1 : index;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
