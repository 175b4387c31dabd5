package org.maestroperf.deploy.openshift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What processing a Template gives.
 *
 * @param objects the objects with every parameter substituted and the template labels applied
 * @param values  the value each parameter ended up with (given, generated or default), in declaration order
 * @param message the template's message with its parameters substituted, or null
 */
public record ProcessedTemplate(List<Map<String, Object>> objects, Map<String, String> values, String message) {

    /** The objects as a {@code v1} List, the form {@code oc process} prints. */
    public Map<String, Object> asList() {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("apiVersion", "v1");
        list.put("kind", "List");
        list.put("items", objects);
        return list;
    }
}
