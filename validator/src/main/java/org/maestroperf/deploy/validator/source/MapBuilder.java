package org.maestroperf.deploy.validator.source;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The entries of one mapping as they are read, key positions included, then packed into a {@link MapValue}. */
final class MapBuilder {
    // plain arrays: one builder per mapping of every document read, so its lists were a large share
    // of a big validation's allocations
    private String[] keys = new String[8];
    private Value[] values = new Value[8];
    /** Line and column of each key, two ints per key. */
    private int[] positions = new int[16];
    private int size;
    /** Where each key is, once there are too many to scan (see {@link KeyTable}). */
    private Map<String, Integer> table;
    /**
     * Keys taken from a merge key's source: written out, they override it rather than repeat it.
     * Made on first use, as merge keys are rare.
     */
    private Set<String> merged;

    /**
     * Sets a key as the next one read; a key read before keeps its place and takes the new value
     * and position, as the last one wins in Kubernetes.
     *
     * @return the line the key was first read at when this is a duplicate, else 0
     */
    int put(String key, Value value, int keyLine, int keyColumn) {
        int index = indexOf(key);
        int firstLine = 0;
        if (index < 0) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
                positions = Arrays.copyOf(positions, size * 4);
            }
            index = size++;
            keys[index] = key;
            if (table != null) {
                table.put(key, index);
            } else {
                table = KeyTable.of(keys, size);
            }
        } else if (merged == null || !merged.remove(key)) {
            firstLine = positions[2 * index];
        }
        values[index] = value;
        positions[2 * index] = keyLine;
        positions[2 * index + 1] = keyColumn;
        return firstLine;
    }

    /** Adds a key only when it is not there yet (a YAML merge key's source). */
    void putIfAbsent(String key, Value value, int keyLine, int keyColumn) {
        if (indexOf(key) < 0) {
            put(key, value, keyLine, keyColumn);
            if (merged == null) {
                merged = new HashSet<>();
            }
            merged.add(key);
        }
    }

    MapValue build(int line, int column) {
        return new MapValue(Arrays.copyOf(keys, size), Arrays.copyOf(values, size), Arrays.copyOf(positions, 2 * size),
                table, line, column);
    }

    private int indexOf(String key) {
        return KeyTable.indexOf(table, keys, size, key);
    }
}
