package org.maestroperf.deploy.validator.schema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Converts OpenAPI v2 definitions into strict, dereferenced JSON Schemas, one per kind, with the
 * conventions of the schema sets kubeval and kubeconform users download (openapi2jsonschema
 * {@code --kubernetes --strict --stand-alone --expanded}): {@code $ref}s inlined (siblings of a
 * {@code $ref} dropped), {@code additionalProperties: false} wherever properties are declared,
 * int-or-string as {@code oneOf} string/integer, quantities as {@code oneOf} string/number, every
 * {@code type} below the top level nullable unless its field is required by its parent, and
 * apiVersion/kind enums from {@code x-kubernetes-group-version-kind}.
 */
public final class OpenApiConverter {

    static final String INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    static final String QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    private static final String GVK = "x-kubernetes-group-version-kind";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenApiConverter() {
    }

    /**
     * The strict schema of every kind among the definitions, keyed by kubeconform file name
     * ({@code deployment-apps-v1.json}, {@code pod-v1.json}). Kinds are the definitions with a
     * group-version-kind; in a spec that has none (OpenShift's), those with both apiVersion and
     * kind properties.
     */
    public static Map<String, ObjectNode> convert(ObjectNode definitions) {
        ObjectNode defs = prepare(definitions);
        boolean gvkKnown = false;
        for (JsonNode d : defs) {
            gvkKnown |= d.has(GVK);
        }
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : defs.properties()) {
            if (gvkKnown ? e.getValue().has(GVK) : hasApiVersionAndKind(e.getValue())) {
                out.put(fileName(e.getKey()), standalone(e.getKey(), defs));
            }
        }
        return out;
    }

    /** kubeconform's expanded file name for a definition title: {@code kind-grouplabel-version.json}, core without group. */
    public static String fileName(String title) {
        String[] parts = title.split("\\.");
        String kind = parts[parts.length - 1].toLowerCase(java.util.Locale.ROOT);
        String version = parts.length > 1 ? parts[parts.length - 2].toLowerCase(java.util.Locale.ROOT) : "";
        String group = parts.length > 2 ? parts[parts.length - 3].toLowerCase(java.util.Locale.ROOT) : "";
        if (group.isEmpty() || group.equals("core")) {
            return kind + "-" + version + ".json";
        }
        return kind + "-" + group + "-" + version + ".json";
    }

    private static boolean hasApiVersionAndKind(JsonNode def) {
        JsonNode props = def.get("properties");
        return props != null && props.has("apiVersion") && props.has("kind");
    }

    /** The shared definitions with int-or-string, quantity, enums and additionalProperties applied. */
    private static ObjectNode prepare(ObjectNode definitions) {
        ObjectNode defs = definitions.deepCopy();
        defs.set(INT_OR_STRING, oneOf("integer"));
        defs.set(QUANTITY, oneOf("number"));
        Iterator<JsonNode> values = defs.elements();
        while (values.hasNext()) {
            JsonNode def = values.next();
            JsonNode props = def.get("properties");
            if (!def.has(GVK) || props == null) {
                continue;
            }
            for (JsonNode gvk : def.get(GVK)) {
                String group = gvk.path("group").asText("");
                String version = gvk.path("version").asText("");
                if (props.get("apiVersion") instanceof ObjectNode apiVersion) {
                    appendEnum(apiVersion, group.isEmpty() ? version : group + "/" + version);
                }
                if (props.get("kind") instanceof ObjectNode kind) {
                    appendEnum(kind, gvk.path("kind").asText(""));
                }
            }
        }
        additionalProperties(defs);
        return defs;
    }

    private static ObjectNode oneOf(String second) {
        ObjectNode n = JSON.objectNode();
        ArrayNode one = n.putArray("oneOf");
        one.addObject().put("type", "string");
        one.addObject().put("type", second);
        return n;
    }

    private static void appendEnum(ObjectNode node, String value) {
        ArrayNode values = node.has("enum") ? (ArrayNode) node.get("enum") : node.putArray("enum");
        for (JsonNode v : values) {
            if (v.asText().equals(value)) {
                return;
            }
        }
        values.add(value);
    }

    /** Adds {@code additionalProperties: false} to every object (not through arrays) that declares properties. */
    private static void additionalProperties(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            if (obj.has("properties") && !obj.has("additionalProperties")) {
                obj.put("additionalProperties", false);
            }
            Iterator<JsonNode> it = obj.elements();
            while (it.hasNext()) {
                additionalProperties(it.next());
            }
        }
    }

    private static ObjectNode standalone(String title, ObjectNode defs) {
        ObjectNode spec = defs.get(title).deepCopy();
        spec.put("$schema", "http://json-schema.org/schema#");
        if (!spec.has("type")) {
            spec.put("type", "object");
        }
        spec.put("additionalProperties", false);
        Deque<String> stack = new ArrayDeque<>();
        stack.push(title);
        ObjectNode resolved = (ObjectNode) inline(spec, defs, stack);
        if (resolved.get("properties") instanceof ObjectNode props) {
            resolved.set("properties", nullable(intOrString(props), null, null, null));
        }
        return resolved;
    }

    /**
     * Replaces every object holding a {@code $ref} by (a copy of) the definition it names. A
     * reference back into a definition being inlined (recursive types such as JSONSchemaProps)
     * becomes the empty schema: it accepts anything below that point.
     */
    private static JsonNode inline(JsonNode node, ObjectNode defs, Deque<String> stack) {
        if (node instanceof ObjectNode obj) {
            JsonNode ref = obj.get("$ref");
            if (ref != null && ref.isTextual()) {
                String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
                JsonNode target = defs.get(name);
                if (target == null || stack.contains(name)) {
                    return JSON.objectNode();
                }
                stack.push(name);
                JsonNode out = inline(target, defs, stack);
                stack.pop();
                return out;
            }
            ObjectNode out = JSON.objectNode();
            obj.properties().forEach(e -> out.set(e.getKey(), inline(e.getValue(), defs, stack)));
            return out;
        }
        if (node instanceof ArrayNode arr) {
            ArrayNode out = JSON.arrayNode();
            arr.forEach(x -> out.add(inline(x, defs, stack)));
            return out;
        }
        return node;
    }

    private static ObjectNode intOrString(ObjectNode data) {
        ObjectNode out = JSON.objectNode();
        data.properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v instanceof ObjectNode o) {
                out.set(e.getKey(), "int-or-string".equals(o.path("format").asText(null)) ? oneOf("integer")
                        : intOrString(o));
            } else if (v instanceof ArrayNode a) {
                ArrayNode items = JSON.arrayNode();
                a.forEach(x -> items.add(x instanceof ObjectNode xo ? intOrString(xo) : x));
                out.set(e.getKey(), items);
            } else {
                out.set(e.getKey(), v);
            }
        });
        return out;
    }

    /**
     * Makes {@code type} nullable unless the field is required. The parent/grandparent bookkeeping
     * follows the reference converter exactly (inside arrays the array stands for the parent), so
     * the output matches the published schema sets.
     */
    private static ObjectNode nullable(ObjectNode data, JsonNode parent, JsonNode grandParent, String key) {
        ObjectNode out = JSON.objectNode();
        data.properties().forEach(e -> {
            String k = e.getKey();
            JsonNode v = e.getValue();
            if (v instanceof ObjectNode o) {
                out.set(k, nullable(o, data, parent, k));
            } else if (v instanceof ArrayNode a) {
                ArrayNode items = JSON.arrayNode();
                a.forEach(x -> items.add(x instanceof ObjectNode xo ? nullable(xo, a, parent, k) : x));
                out.set(k, items);
            } else if (k.equals("type") && v.isTextual() && !v.asText().equals("null")
                    && !isRequired(grandParent, key)) {
                out.set(k, JSON.arrayNode().add(v.asText()).add("null"));
            } else {
                out.set(k, v);
            }
        });
        return out;
    }

    private static boolean isRequired(JsonNode grandParent, String key) {
        if (!(grandParent instanceof ObjectNode g) || g.isEmpty() || !g.has("required")) {
            return false;
        }
        JsonNode required = g.get("required");
        if (required.isArray()) {
            for (JsonNode r : required) {
                if (r.isTextual() && r.asText().equals(key)) {
                    return true;
                }
            }
            return false;
        }
        if (required.isObject()) {
            return required.has(key);
        }
        return required.isTextual() && key != null && required.asText().contains(key);
    }
}
