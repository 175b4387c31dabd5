package org.maestroperf.deploy.validator.schema;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes a dereferenced schema compact without changing what it accepts: every sizeable subschema
 * that occurs more than once (a Container under containers and initContainers, ObjectMeta under
 * the object and its pod template, the probes) becomes one entry of {@code definitions} that the
 * occurrences reference, so {@link BuiltinSchemaBuilder} builds each of them once.
 */
final class SharedSubschemas {

    /** Subschemas shorter than this (as JSON) are cheaper to repeat than to reference. */
    private static final int MIN_CHARS = 200;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final ObjectNode definitions = JSON.objectNode();

    private SharedSubschemas() {
    }

    static ObjectNode compact(ObjectNode schema) {
        SharedSubschemas s = new SharedSubschemas();
        s.count(schema);
        ObjectNode out = s.children(schema);
        if (!s.definitions.isEmpty()) {
            out.set("definitions", s.definitions);
        }
        return out;
    }

    /** A schema, as opposed to a map of property schemas (which may hold a property named "type"). */
    private static boolean isSchema(JsonNode node) {
        JsonNode type = node.get("type");
        return node instanceof ObjectNode && type != null && type.isTextual();
    }

    private void count(JsonNode node) {
        if (isSchema(node)) {
            String key = node.toString();
            if (key.length() >= MIN_CHARS) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        node.forEach(this::count);
    }

    private JsonNode replace(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            if (isSchema(obj)) {
                String key = obj.toString();
                if (counts.getOrDefault(key, 0) >= 2) {
                    String name = names.get(key);
                    if (name == null) {
                        name = "s" + names.size();
                        names.put(key, name);
                        definitions.set(name, children(obj));
                    }
                    return JSON.objectNode().put("$ref", "#/definitions/" + name);
                }
            }
            return children(obj);
        }
        if (node instanceof ArrayNode arr) {
            ArrayNode out = JSON.arrayNode();
            arr.forEach(x -> out.add(replace(x)));
            return out;
        }
        return node;
    }

    private ObjectNode children(ObjectNode obj) {
        ObjectNode out = JSON.objectNode();
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            out.set(e.getKey(), replace(e.getValue()));
        }
        return out;
    }
}
