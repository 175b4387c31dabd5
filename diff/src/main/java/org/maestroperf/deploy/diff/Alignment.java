package org.maestroperf.deploy.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The old version of an object laid out like the new one, for the YAML hunks: keys and named-list
 * items in the new version's order, each one only the old version has right after the entry it
 * followed there. Two sides that list the same fields in another order then show only what changed.
 */
final class Alignment {

    private Alignment() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> align(Map<String, Object> old, Map<String, Object> nu) {
        return (Map<String, Object>) value(null, old, nu);
    }

    private static Object value(String field, Object old, Object nu) {
        if (old instanceof Map<?, ?> a && nu instanceof Map<?, ?> b) {
            return map(a, b);
        }
        if (old instanceof List<?> a && nu instanceof List<?> b) {
            String key = NamedLists.keyOf(field, a, b);
            return key == null ? old : list(key, a, b);
        }
        return old;
    }

    private static Map<Object, Object> map(Map<?, ?> old, Map<?, ?> nu) {
        List<Object> order = merge(new ArrayList<>(old.keySet()), new ArrayList<>(nu.keySet()));
        Map<Object, Object> out = new LinkedHashMap<>(old.size() * 4 / 3 + 1);
        for (Object key : order) {
            out.put(key, value(String.valueOf(key), old.get(key), nu.get(key)));
        }
        return out;
    }

    private static List<Object> list(String key, List<?> old, List<?> nu) {
        Map<String, Object> oldByKey = new HashMap<>();
        old.forEach(item -> oldByKey.put(NamedLists.value(item, key), item));
        Map<String, Object> newByKey = new HashMap<>();
        nu.forEach(item -> newByKey.put(NamedLists.value(item, key), item));
        List<Object> order = merge(old.stream().map(i -> (Object) NamedLists.value(i, key)).toList(),
                nu.stream().map(i -> (Object) NamedLists.value(i, key)).toList());
        List<Object> out = new ArrayList<>(old.size());
        for (Object k : order) {
            out.add(value(null, oldByKey.get(k), newByKey.get(k)));
        }
        return out;
    }

    /**
     * The keys of {@code old} in {@code nu}'s order: those in both where {@code nu} has them, each
     * one only {@code old} has right after the key it followed in {@code old} (first if none).
     */
    private static List<Object> merge(List<Object> old, List<Object> nu) {
        java.util.Set<Object> inOld = new java.util.HashSet<>(old);
        java.util.Set<Object> inNew = new java.util.HashSet<>(nu);
        Map<Object, List<Object>> after = new HashMap<>();
        List<Object> leading = new ArrayList<>();
        Object anchor = null;
        for (Object key : old) {
            if (inNew.contains(key)) {
                anchor = key;
            } else if (anchor == null) {
                leading.add(key);
            } else {
                after.computeIfAbsent(anchor, k -> new ArrayList<>()).add(key);
            }
        }
        List<Object> out = new ArrayList<>(leading);
        for (Object key : nu) {
            if (inOld.contains(key)) {
                out.add(key);
                out.addAll(after.getOrDefault(key, List.of()));
            }
        }
        return out;
    }
}
