package org.maestroperf.deploy.openshift;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small operations on plain trees (maps, lists, scalars) that several template classes share. */
public final class Trees {

    private Trees() {
    }

    /** A deep copy with String keys, so the original is never changed. */
    public static Map<String, Object> copyMap(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
        return out;
    }

    public static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) {
            return copyMap(m);
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }

    /** Integers as Integer or Long when they fit, like the YAML reader gives them. */
    public static Object narrow(Object value) {
        if (value instanceof BigInteger b) {
            return b.bitLength() < 32 ? (Object) b.intValue() : b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (value instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), narrow(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(narrow(v)));
            return out;
        }
        return value;
    }

    /** The object's metadata.name, or "(unnamed)". */
    public static String name(Map<?, ?> object) {
        return object.get("metadata") instanceof Map<?, ?> m && m.get("name") != null
                ? String.valueOf(m.get("name")) : "(unnamed)";
    }

    /** A path as {@code spec.ports[0].nodePort}. */
    public static String pathString(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }

    /** The value at a path, or null. */
    public static Object get(Object root, List<Object> path) {
        Object node = root;
        for (Object segment : path) {
            if (segment instanceof Integer i && node instanceof List<?> l && i < l.size()) {
                node = l.get(i);
            } else if (segment instanceof String k && node instanceof Map<?, ?> m) {
                node = m.get(k);
            } else {
                return null;
            }
        }
        return node;
    }
}
