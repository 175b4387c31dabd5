package org.maestroperf.deploy.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields the API server keeps for itself: never part of what an apply changes, so never a
 * difference ({@code status}, and in {@code metadata} the managed fields, resource version, uid,
 * creation time, generation and self link).
 */
public final class ServerFields {

    private static final List<String> METADATA = List.of("managedFields", "resourceVersion", "uid",
            "creationTimestamp", "generation", "selfLink");

    private ServerFields() {
    }

    /** The object without them; the object itself when it has none (the input is never modified). */
    public static Map<String, Object> strip(Map<String, Object> object) {
        Map<String, Object> out = object;
        if (out.containsKey("status")) {
            out = new LinkedHashMap<>(out);
            out.remove("status");
        }
        if (out.get("metadata") instanceof Map<?, ?> metadata && METADATA.stream().anyMatch(metadata::containsKey)) {
            Map<Object, Object> kept = new LinkedHashMap<>(metadata);
            METADATA.forEach(kept::remove);
            out = out == object ? new LinkedHashMap<>(out) : out;
            out.put("metadata", kept);
        }
        return out;
    }
}
