package org.maestroperf.deploy.validator.source;

import java.util.Map;

/** A mapping with string keys in document order; keys keep their own positions for findings. */
public final class MapValue implements Value {

    private final String[] keys;
    private final Value[] values;
    private final int[] keyPositions;
    /** Where each key is, for a mapping of more keys than a scan suits; null for a small one. */
    private final Map<String, Integer> table;
    private final int line;
    private final int column;

    MapValue(String[] keys, Value[] values, int[] keyPositions, int line, int column) {
        this(keys, values, keyPositions, KeyTable.of(keys, keys.length), line, column);
    }

    /** With the table {@link KeyTable#of} gives for these (distinct) keys. */
    MapValue(String[] keys, Value[] values, int[] keyPositions, Map<String, Integer> table, int line, int column) {
        this.keys = keys;
        this.values = values;
        this.keyPositions = keyPositions;
        this.table = table;
        this.line = line;
        this.column = column;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public int column() {
        return column;
    }

    @Override
    public Value get(String key) {
        int index = indexOf(key);
        return index < 0 ? MISSING : values[index];
    }

    public int size() {
        return keys.length;
    }

    public String key(int i) {
        return keys[i];
    }

    public Value value(int i) {
        return values[i];
    }

    /** Line of the i-th key (where a finding about that entry points). */
    public int keyLine(int i) {
        return keyPositions[2 * i];
    }

    public int keyColumn(int i) {
        return keyPositions[2 * i + 1];
    }

    /** Index of a key, or -1. */
    public int indexOf(String key) {
        return KeyTable.indexOf(table, keys, keys.length, key);
    }
}
