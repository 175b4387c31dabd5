package org.maestroperf.deploy.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changed fields between two versions of one object, in the new version's order: maps key by
 * key, named lists item by item ({@link NamedLists}), lists of scalars as one value (an argument
 * list reads best whole), other lists by position.
 */
final class TreeComparison {

    private final List<FieldChange> changes = new ArrayList<>();

    private TreeComparison() {
    }

    static List<FieldChange> compare(Map<String, Object> a, Map<String, Object> b) {
        TreeComparison comparison = new TreeComparison();
        comparison.maps("", a, b);
        return comparison.changes;
    }

    private void values(String path, String field, Object a, Object b) {
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            maps(path, x, y);
        } else if (a instanceof List<?> x && b instanceof List<?> y) {
            lists(path, field, x, y);
        } else if (!Scalars.same(a, b)) {
            changes.add(new FieldChange(path, Change.CHANGED, a, b, null));
        }
    }

    private void maps(String path, Map<?, ?> a, Map<?, ?> b) {
        for (Map.Entry<?, ?> entry : b.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String child = FieldPaths.key(path, key);
            if (a.containsKey(entry.getKey())) {
                values(child, key, a.get(entry.getKey()), entry.getValue());
            } else {
                changes.add(new FieldChange(child, Change.ADDED, null, entry.getValue(), null));
            }
        }
        for (Map.Entry<?, ?> entry : a.entrySet()) {
            if (!b.containsKey(entry.getKey())) {
                changes.add(new FieldChange(FieldPaths.key(path, String.valueOf(entry.getKey())), Change.REMOVED,
                        entry.getValue(), null, null));
            }
        }
    }

    private void lists(String path, String field, List<?> a, List<?> b) {
        String key = NamedLists.keyOf(field, a, b);
        if (key != null) {
            named(path, key, a, b);
        } else if (a.stream().allMatch(Scalars::isScalar) && b.stream().allMatch(Scalars::isScalar)) {
            if (!Scalars.deepSame(a, b)) {
                changes.add(new FieldChange(path, Change.CHANGED, a, b, null));
            }
        } else {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String child = FieldPaths.index(path, i);
                if (i >= a.size()) {
                    changes.add(new FieldChange(child, Change.ADDED, null, b.get(i), null));
                } else if (i >= b.size()) {
                    changes.add(new FieldChange(child, Change.REMOVED, a.get(i), null, null));
                } else {
                    values(child, null, a.get(i), b.get(i));
                }
            }
        }
    }

    private void named(String path, String key, List<?> a, List<?> b) {
        Map<String, Object> old = new HashMap<>(a.size() * 4 / 3 + 1);
        a.forEach(item -> old.put(NamedLists.value(item, key), item));
        Set<String> seen = new HashSet<>();
        for (Object item : b) {
            String value = NamedLists.value(item, key);
            seen.add(value);
            String child = FieldPaths.item(path, key, ((Map<?, ?>) item).get(key));
            Object before = old.get(value);
            if (before == null) {
                changes.add(new FieldChange(child, Change.ADDED, null, item, null));
            } else {
                values(child, null, before, item);
            }
        }
        for (Object item : a) {
            if (!seen.contains(NamedLists.value(item, key))) {
                changes.add(new FieldChange(FieldPaths.item(path, key, ((Map<?, ?>) item).get(key)), Change.REMOVED,
                        item, null, null));
            }
        }
    }
}
