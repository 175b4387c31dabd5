package org.maestroperf.deploy.validator.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The entries of one mapping as they are read, key positions included, then packed into a {@link MapValue}. */
final class MapBuilder {
    private final List<String> keys = new ArrayList<>();
    private final List<Value> values = new ArrayList<>();
    private final List<int[]> positions = new ArrayList<>();
    /** Keys taken from a merge key's source: written out, they override it rather than repeat it. */
    private final Set<String> merged = new HashSet<>();

    /**
     * Sets a key as the next one read; a key read before keeps its place and takes the new value
     * and position, as the last one wins in Kubernetes.
     *
     * @return the line the key was first read at when this is a duplicate, else 0
     */
    int put(String key, Value value, int keyLine, int keyColumn) {
        int existing = keys.indexOf(key);
        if (existing < 0) {
            keys.add(key);
            values.add(value);
            positions.add(new int[] {keyLine, keyColumn});
            return 0;
        }
        int firstLine = merged.remove(key) ? 0 : positions.get(existing)[0];
        values.set(existing, value);
        positions.set(existing, new int[] {keyLine, keyColumn});
        return firstLine;
    }

    /** Adds a key only when it is not there yet (a YAML merge key's source). */
    void putIfAbsent(String key, Value value, int keyLine, int keyColumn) {
        if (!keys.contains(key)) {
            put(key, value, keyLine, keyColumn);
            merged.add(key);
        }
    }

    MapValue build(int line, int column) {
        int[] packed = new int[positions.size() * 2];
        for (int i = 0; i < positions.size(); i++) {
            packed[2 * i] = positions.get(i)[0];
            packed[2 * i + 1] = positions.get(i)[1];
        }
        return new MapValue(keys.toArray(String[]::new), values.toArray(Value[]::new), packed, line, column);
    }
}
