package org.maestroperf.deploy.validator.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a parsed YAML or JSON document, with its 1-based source line and column; compact and
 * immutable so that a large bundle stays small in memory.
 */
public sealed interface Value permits MapValue, ListValue, ScalarValue, Value.Missing {

    /** The value that navigation returns for an absent key or index. */
    Value MISSING = new Missing();

    int line();

    int column();

    /** The value under a key of a mapping, or {@link #MISSING}. */
    default Value get(String key) {
        return MISSING;
    }

    /** The element at an index of a sequence, or {@link #MISSING}. */
    default Value get(int index) {
        return MISSING;
    }

    /** Navigates a chain of mapping keys. */
    default Value path(String... keys) {
        Value v = this;
        for (String k : keys) {
            v = v.get(k);
        }
        return v;
    }

    /** The elements of a sequence; empty for anything else. */
    default List<Value> items() {
        return List.of();
    }

    /** A scalar's text (numbers and booleans as written in JSON), or null for non-scalars and null. */
    default String text() {
        return null;
    }

    default boolean isMissing() {
        return false;
    }

    default boolean isMap() {
        return this instanceof MapValue;
    }

    /** The scalar's text, or {@code fallback} when this is absent, null or not a scalar. */
    default String textOr(String fallback) {
        String t = text();
        return t == null ? fallback : t;
    }

    /** This value as the maps, lists and scalars a YAML loader builds; null where absent. */
    default Object plain() {
        if (this instanceof MapValue map) {
            Map<String, Object> out = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
            for (int i = 0; i < map.size(); i++) {
                out.put(map.key(i), map.value(i).plain());
            }
            return out;
        }
        if (this instanceof ListValue list) {
            List<Object> out = new ArrayList<>(list.items().size());
            list.items().forEach(item -> out.add(item.plain()));
            return out;
        }
        return this instanceof ScalarValue s ? s.value() : null;
    }

    /** Absent: what navigation returns past the end of the tree. */
    record Missing() implements Value {
        @Override
        public int line() {
            return 0;
        }

        @Override
        public int column() {
            return 0;
        }

        @Override
        public boolean isMissing() {
            return true;
        }
    }
}
