package org.maestroperf.deploy.generator.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.generator.profile.EffectiveProfile;
import org.yaml.snakeyaml.Yaml;

/** Loads built-in profiles for tests until the profile loader is merged. */
final class TestProfiles {

    private TestProfiles() {
    }

    @SuppressWarnings("unchecked")
    static EffectiveProfile load(String name, Map<String, Object> sets) {
        List<String> order = new ArrayList<>();
        linearize(name, order);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String n : order) {
            Map<String, Object> m = read(n);
            m.remove("extends");
            m.remove("description");
            merge(values, m);
        }
        sets.forEach((path, value) -> {
            String[] parts = path.split("\\.");
            Map<String, Object> node = values;
            for (int i = 0; i < parts.length - 1; i++) {
                node = (Map<String, Object>) node.get(parts[i]);
            }
            node.put(parts[parts.length - 1], value);
        });
        return new EffectiveProfile(order, values, Map.of());
    }

    private static Map<String, Object> read(String name) {
        try {
            return new Yaml().load(Files.readString(Path.of("..", "profiles", name + ".yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void linearize(String n, List<String> order) {
        if (order.contains(n)) {
            return;
        }
        if (read(n).get("extends") instanceof List<?> parents) {
            parents.forEach(p -> linearize((String) p, order));
        }
        order.add(n);
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((k, v) -> {
            if (v instanceof Map && into.get(k) instanceof Map) {
                merge((Map<String, Object>) into.get(k), (Map<String, Object>) v);
            } else {
                into.put(k, v);
            }
        });
    }
}
