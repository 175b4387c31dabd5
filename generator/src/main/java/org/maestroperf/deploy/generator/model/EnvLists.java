package org.maestroperf.deploy.generator.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Env lists merge by variable name: a later item replaces an earlier one in its place. */
final class EnvLists {

    private EnvLists() {
    }

    @SafeVarargs
    static List<Map<String, Object>> mergeByName(List<? extends Map<String, Object>>... lists) {
        Map<Object, Map<String, Object>> byName = new LinkedHashMap<>();
        for (List<? extends Map<String, Object>> list : lists) {
            list.forEach(item -> byName.put(item.get("name"), item));
        }
        return List.copyOf(byName.values());
    }
}
