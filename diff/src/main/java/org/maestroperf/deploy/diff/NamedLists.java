package org.maestroperf.deploy.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which lists are compared item by item by a key rather than by position, so that one inserted
 * env variable is one change: a list whose items all have a distinct {@code name} (containers,
 * initContainers, env, volumes, volumeMounts, imagePullSecrets, ...); ports by name, else by
 * {@code containerPort} (a Pod) or {@code port} (a Service); volumeMounts by {@code mountPath} when
 * one volume is mounted twice; hostAliases by {@code ip}. The key must be present and distinct on
 * both sides, else the list is compared by position.
 */
public final class NamedLists {

    private static final List<String> BY_NAME = List.of("name");
    private static final List<String> PORTS = List.of("name", "containerPort", "port");
    private static final List<String> MOUNTS = List.of("name", "mountPath");
    private static final List<String> HOST_ALIASES = List.of("ip");

    private NamedLists() {
    }

    /**
     * The key the items of list {@code field} are matched by, or null to compare by position.
     *
     * @param field the map key the list is under (e.g. {@code env}); null for a list in a list
     */
    public static String keyOf(String field, List<?> a, List<?> b) {
        for (String candidate : candidates(field)) {
            if (keyedBy(candidate, a) && keyedBy(candidate, b)) {
                return candidate;
            }
        }
        return null;
    }

    /** The value an item is matched by (numbers and their text alike: 1883 and "1883" are one port). */
    static String value(Object item, String key) {
        return String.valueOf(((Map<?, ?>) item).get(key));
    }

    private static List<String> candidates(String field) {
        if (field == null) {
            return List.of();
        }
        return switch (field) {
            case "ports" -> PORTS;
            case "volumeMounts" -> MOUNTS;
            case "hostAliases" -> HOST_ALIASES;
            default -> BY_NAME;
        };
    }

    private static boolean keyedBy(String key, List<?> items) {
        Set<String> seen = new HashSet<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map) || !isScalar(map.get(key)) || !seen.add(value(item, key))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
