package org.maestroperf.deploy.generator.profile;

import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.contract.ProfileValues;

/**
 * The result of merging every profile layer and {@code --set} override.
 *
 * @param layers  the layers in merge order, lowest precedence first (built-in names or file paths, then "--set")
 * @param values  the merged tree: maps are {@code LinkedHashMap<String,Object>}, lists are {@code List<Object>},
 *                leaves are String, Integer/Long, Double, Boolean or null
 * @param origins for every leaf (and every list) its dotted path (list items by name: {@code worker.env[JAVA_OPTS].value},
 *                otherwise by index) mapped to the layer position that set it
 */
public record EffectiveProfile(List<String> layers, Map<String, Object> values, Map<String, SourcePosition> origins)
        implements ProfileValues {

    /** The value at a dotted path such as {@code reports.storage.size}, or null when absent. */
    @Override
    public Object get(String dottedPath) {
        Object node = values;
        for (String part : dottedPath.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }
}
