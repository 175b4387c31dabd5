package org.maestroperf.deploy.openshift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Where a parameter's fields are, by path in the object tree (never by text search), and how each is
 * rewritten into a reference. A path is dotted keys, {@code key[*]} stepping into every list item.
 */
abstract class FieldClaim {

    private final Predicate<Map<String, Object>> objects;
    private final List<String> patterns;

    FieldClaim(Predicate<Map<String, Object>> objects, List<String> patterns) {
        this.objects = objects;
        this.patterns = patterns;
    }

    /** The whole field becomes the reference; it must hold the parameter's default now, or be absent when {@code create}. */
    static FieldClaim whole(String kind, String name, String pattern, boolean create) {
        return new FieldClaim(o -> kind.equals(o.get("kind")) && name.equals(Trees.name(o)), List.of(pattern)) {
            @Override
            Object rewrite(Object current, boolean present, CatalogParameter p, String defaultValue) {
                Object expected = p.typed() && JsonValue.isJson(defaultValue) ? JsonValue.parse(defaultValue) : defaultValue;
                if (!present && create && expected == null) {
                    return p.reference();
                }
                if (!present || !expected.equals(current)) {
                    throw new IllegalStateException(p.name() + " expects " + expected + " at " + kind + "/" + name
                            + " " + pattern + " but the bundle has " + (present ? current : "nothing"));
                }
                return p.reference();
            }

            @Override
            boolean creates() {
                return create;
            }
        };
    }

    /**
     * Every matching string field for which {@code owned(value, default)} holds, and which ends in the
     * default, keeps its text with the reference in place of that ending ({@code repo:${TAG}}).
     */
    static FieldClaim suffix(Predicate<Map<String, Object>> objects, List<String> patterns,
                             BiPredicate<String, String> owned) {
        return new FieldClaim(objects, patterns) {
            @Override
            Object rewrite(Object current, boolean present, CatalogParameter p, String defaultValue) {
                if (!present || !(current instanceof String s) || !s.endsWith(defaultValue) || !owned.test(s, defaultValue)) {
                    return null;
                }
                return s.substring(0, s.length() - defaultValue.length()) + p.reference();
            }

            @Override
            boolean creates() {
                return false;
            }
        };
    }

    /** The field's new value, or null when the parameter does not own it. */
    abstract Object rewrite(Object current, boolean present, CatalogParameter p, String defaultValue);

    /** Whether a missing last key is created (the parameter sets an optional field the bundle leaves out). */
    abstract boolean creates();

    /** Rewrites every owned field of every object and lists them. */
    List<OwnedField> apply(List<Map<String, Object>> all, CatalogParameter p, String defaultValue) {
        List<OwnedField> owned = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Map<String, Object> object = all.get(i);
            if (!objects.test(object)) {
                continue;
            }
            for (String pattern : patterns) {
                for (List<Object> path : expand(object, pattern.split("\\."))) {
                    Map<String, Object> parent = parent(object, path);
                    String key = (String) path.get(path.size() - 1);
                    if (parent == null) {
                        continue;
                    }
                    Object value = rewrite(parent.get(key), parent.containsKey(key), p, defaultValue);
                    if (value != null) {
                        parent.put(key, value);
                        owned.add(new OwnedField(p.name(), i, String.valueOf(object.get("kind")), Trees.name(object),
                                List.copyOf(path)));
                    }
                }
            }
        }
        return owned;
    }

    /** Concrete paths for a pattern; the last key need not exist (the caller decides). */
    private List<List<Object>> expand(Object root, String[] segments) {
        List<List<Object>> paths = new ArrayList<>();
        expand(root, segments, 0, new ArrayList<>(), paths);
        return paths;
    }

    private void expand(Object node, String[] segments, int at, List<Object> path, List<List<Object>> out) {
        if (at == segments.length) {
            out.add(new ArrayList<>(path));
            return;
        }
        boolean each = segments[at].endsWith("[*]");
        String key = each ? segments[at].substring(0, segments[at].length() - 3) : segments[at];
        if (!(node instanceof Map<?, ?> map) || (!map.containsKey(key) && (each || at < segments.length - 1))) {
            return;
        }
        path.add(key);
        if (each) {
            if (map.get(key) instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    path.add(i);
                    expand(list.get(i), segments, at + 1, path, out);
                    path.remove(path.size() - 1);
                }
            }
        } else if (at == segments.length - 1) {
            if (map.containsKey(key) || creates()) {
                out.add(new ArrayList<>(path));
            }
        } else {
            expand(map.get(key), segments, at + 1, path, out);
        }
        path.remove(path.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parent(Map<String, Object> object, List<Object> path) {
        Object parent = Trees.get(object, path.subList(0, path.size() - 1));
        return parent instanceof LinkedHashMap<?, ?> m ? (Map<String, Object>) m : null;
    }
}
