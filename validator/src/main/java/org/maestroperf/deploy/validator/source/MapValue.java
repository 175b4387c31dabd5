package org.maestroperf.deploy.validator.source;

/** A mapping with string keys in document order; keys keep their own positions for findings. */
public final class MapValue implements Value {

    private final String[] keys;
    private final Value[] values;
    private final int[] keyPositions;
    private final int line;
    private final int column;

    MapValue(String[] keys, Value[] values, int[] keyPositions, int line, int column) {
        this.keys = keys;
        this.values = values;
        this.keyPositions = keyPositions;
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
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return values[i];
            }
        }
        return MISSING;
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
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
