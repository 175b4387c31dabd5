package org.maestroperf.deploy.diff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Secret values never reach an output: {@code data} and {@code stringData} values (and the
 * last-applied annotation, which repeats them) are replaced by {@code ***} when equal on both sides,
 * by {@code *** (before)} and {@code *** (after)} when they differ, as {@code kubectl diff} does.
 */
final class Secrets {

    static final String MASK = "***";
    static final String BEFORE = "*** (before)";
    static final String AFTER = "*** (after)";
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    /** The two versions of a Secret, masked; either may be null (the object is on one side only). */
    record Pair(Map<String, Object> old, Map<String, Object> nu) {
    }

    private Secrets() {
    }

    static boolean isSecret(ObjectKey key) {
        return key.kind().equals("Secret");
    }

    static Pair mask(Map<String, Object> old, Map<String, Object> nu) {
        Map<String, Object> a = old == null ? null : new LinkedHashMap<>(old);
        Map<String, Object> b = nu == null ? null : new LinkedHashMap<>(nu);
        for (String field : new String[] {"data", "stringData"}) {
            Map<?, ?> x = a == null ? null : map(a.get(field));
            Map<?, ?> y = b == null ? null : map(b.get(field));
            if (x != null) {
                a.put(field, masked(x, y, BEFORE));
            }
            if (y != null) {
                b.put(field, masked(y, x, AFTER));
            }
        }
        maskAnnotation(a, b);
        return new Pair(a, b);
    }

    /** Each value of {@code values} as a mask telling only whether {@code other} has it the same. */
    private static Map<Object, Object> masked(Map<?, ?> values, Map<?, ?> other, String changed) {
        Map<Object, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, other != null && other.containsKey(k) && !Scalars.same(v, other.get(k))
                ? changed : MASK));
        return out;
    }

    private static void maskAnnotation(Map<String, Object> a, Map<String, Object> b) {
        Object before = annotation(a);
        Object after = annotation(b);
        boolean differ = before != null && after != null && !before.equals(after);
        if (before != null) {
            setAnnotation(a, differ ? BEFORE : MASK);
        }
        if (after != null) {
            setAnnotation(b, differ ? AFTER : MASK);
        }
    }

    private static Object annotation(Map<String, Object> object) {
        Map<?, ?> metadata = object == null ? null : map(object.get("metadata"));
        Map<?, ?> annotations = metadata == null ? null : map(metadata.get("annotations"));
        return annotations == null ? null : annotations.get(LAST_APPLIED);
    }

    private static void setAnnotation(Map<String, Object> object, String mask) {
        Map<Object, Object> metadata = new LinkedHashMap<>(map(object.get("metadata")));
        Map<Object, Object> annotations = new LinkedHashMap<>(map(metadata.get("annotations")));
        annotations.put(LAST_APPLIED, mask);
        metadata.put("annotations", annotations);
        object.put("metadata", metadata);
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> m ? m : null;
    }
}
