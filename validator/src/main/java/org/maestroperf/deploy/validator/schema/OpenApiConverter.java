package org.maestroperf.deploy.validator.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.input.InputLimits;

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
    /** Most definitions one chain of references may pass through; Kubernetes' deepest is about a dozen. */
    static final int MAX_REFERENCE_DEPTH = 100;

    private OpenApiConverter() {
    }

    /**
     * The strict schema of every kind among the definitions, keyed by kubeconform file name
     * ({@code deployment-apps-v1.json}, {@code pod-v1.json}). Kinds are the definitions with a
     * group-version-kind; in a spec that has none (OpenShift's), those with both apiVersion and
     * kind properties.
     */
    public static Map<String, ObjectNode> convert(String source, ObjectNode definitions) {
        ObjectNode defs = prepare(source, definitions);
        boolean gvkKnown = false;
        for (JsonNode d : defs) {
            gvkKnown |= d.has(GVK);
        }
        Inliner inliner = new Inliner(source, defs);
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : defs.properties()) {
            if (gvkKnown ? e.getValue().has(GVK) : hasApiVersionAndKind(e.getValue())) {
                if (e.getKey().chars().anyMatch(Character::isISOControl)) {
                    throw new UserException(source + ": definition " + quoted(e.getKey())
                            + ": a kind's name may not hold control characters (it names a file)");
                }
                out.put(fileName(e.getKey()), standalone(e.getKey(), defs, inliner));
            }
        }
        return out;
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isNumber() ? "a number" : value.isBoolean() ? "a boolean" : "null";
    }

    /** A definition name as JSON would write it, so that control characters show. */
    private static String quoted(String name) {
        return JSON.textNode(name).toString();
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
    private static ObjectNode prepare(String source, ObjectNode definitions) {
        ObjectNode defs = definitions.deepCopy();
        defs.set(INT_OR_STRING, oneOf("integer"));
        defs.set(QUANTITY, oneOf("number"));
        for (Map.Entry<String, JsonNode> definition : defs.properties()) {
            JsonNode def = definition.getValue();
            JsonNode props = def.get("properties");
            if (!def.has(GVK) || props == null) {
                continue;
            }
            for (JsonNode gvk : def.get(GVK)) {
                String group = gvk.path("group").asText("");
                String version = gvk.path("version").asText("");
                String where = source + ": definition " + quoted(definition.getKey()) + ": properties.";
                if (props.get("apiVersion") instanceof ObjectNode apiVersion) {
                    appendEnum(where + "apiVersion", apiVersion, group.isEmpty() ? version : group + "/" + version);
                }
                if (props.get("kind") instanceof ObjectNode kind) {
                    appendEnum(where + "kind", kind, gvk.path("kind").asText(""));
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

    private static void appendEnum(String where, ObjectNode node, String value) {
        if (node.has("enum") && !node.get("enum").isArray()) {
            throw new UserException(where + ".enum: expected a list of values, found " + node.get("enum"));
        }
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

    private static ObjectNode standalone(String title, ObjectNode defs, Inliner inliner) {
        ObjectNode spec = defs.get(title).deepCopy();
        spec.put("$schema", "http://json-schema.org/schema#");
        if (!spec.has("type")) {
            spec.put("type", "object");
        }
        spec.put("additionalProperties", false);
        JsonNode inlined = inliner.standalone(title, spec);
        // the inlined tree shares the subtrees of definitions used more than once: copied, it is a tree again
        ObjectNode resolved = ((ObjectNode) inlined).deepCopy();
        if (resolved.get("properties") instanceof ObjectNode props) {
            resolved.set("properties", nullable(intOrString(props), null, null, null));
        }
        return resolved;
    }

    /**
     * Replaces every object holding a {@code $ref} by the definition it names, inlined in turn. A
     * reference back into a definition being inlined (recursive types such as JSONSchemaProps)
     * becomes the empty schema: it accepts anything below that point.
     *
     * <p>A definition used in many places is inlined once and its result shared, where that result
     * does not depend on the definitions it was reached through (no reference in it was cut short
     * because of them): a document whose definitions refer to each other in a diamond expands to
     * 2^depth nodes, which is counted (sharing kept) and refused beyond {@link InputLimits#MAX_NODES}
     * before anything is copied out. References nest at most {@link #MAX_REFERENCE_DEPTH} deep.
     */
    private static final class Inliner {
        private final String source;
        private final ObjectNode defs;
        /** The definitions being inlined, outermost first, and where each is in that list. */
        private final List<String> stack = new ArrayList<>();
        private final Map<String, Integer> onStack = new HashMap<>();
        /** Per definition being inlined: what it reached, and the outermost definition a cut in it depended on. */
        private final Deque<Reach> reaches = new ArrayDeque<>();
        private final Map<String, Inlined> done = new HashMap<>();
        private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();

        Inliner(String source, ObjectNode defs) {
            this.source = source;
            this.defs = defs;
        }

        /** The kind {@code title}'s schema ({@code spec}, its definition with the top-level additions), inlined. */
        JsonNode standalone(String title, ObjectNode spec) {
            enter(title);
            JsonNode inlined = inline(spec);
            leave(title);
            if (size(inlined) > InputLimits.MAX_NODES) {
                throw new UserException(source + ": definition " + quoted(title) + ": with its references inlined its schema"
                        + " has more than " + InputLimits.MAX_NODES + " nodes (definitions that refer to each other"
                        + " many times over); refused");
            }
            return inlined;
        }

        private JsonNode inline(JsonNode node) {
            if (node instanceof ObjectNode obj) {
                JsonNode ref = obj.get("$ref");
                if (ref != null && ref.isTextual()) {
                    return reference(ref.asText().substring(ref.asText().lastIndexOf('/') + 1));
                }
                ObjectNode out = JSON.objectNode();
                obj.properties().forEach(e -> out.set(e.getKey(), inline(e.getValue())));
                return out;
            }
            if (node instanceof ArrayNode arr) {
                ArrayNode out = JSON.arrayNode();
                arr.forEach(x -> out.add(inline(x)));
                return out;
            }
            return node;
        }

        private JsonNode reference(String name) {
            JsonNode target = defs.get(name);
            Reach reach = reaches.peek();
            reach.names.add(name);
            Integer cut = onStack.get(name);
            if (target == null || cut != null) {
                reach.cutAt = Math.min(reach.cutAt, cut == null ? Integer.MAX_VALUE : cut);
                return JSON.objectNode();
            }
            Inlined known = done.get(name);
            if (known != null && stack.stream().noneMatch(known.reaches::contains)) {
                reach.names.addAll(known.reaches);
                return known.schema;
            }
            if (!(target instanceof ObjectNode)) {
                throw new UserException(source + ": definition " + quoted(stack.get(stack.size() - 1)) + ": $ref "
                        + quoted(name) + " names " + describe(target) + ", not a schema (a JSON object)");
            }
            if (stack.size() == MAX_REFERENCE_DEPTH) {
                throw new UserException(source + ": definition " + quoted(stack.get(0)) + ": its references nest more than "
                        + MAX_REFERENCE_DEPTH + " definitions deep (" + stack.get(0) + " -> ... -> "
                        + stack.get(stack.size() - 1) + " -> " + name + "); refused");
            }
            int depth = enter(name);
            JsonNode schema = inline(target);
            Reach inner = leave(name);
            if (inner.cutAt >= depth) {
                done.put(name, new Inlined(schema, inner.names));
            }
            reach.names.addAll(inner.names);
            reach.cutAt = Math.min(reach.cutAt, inner.cutAt);
            return schema;
        }

        private int enter(String name) {
            onStack.put(name, stack.size());
            stack.add(name);
            reaches.push(new Reach());
            return stack.size() - 1;
        }

        private Reach leave(String name) {
            stack.remove(stack.size() - 1);
            onStack.remove(name);
            return reaches.pop();
        }

        /** The nodes of a tree whose subtrees may be shared, each counted as often as it is used (capped). */
        private long size(JsonNode node) {
            if (!node.isContainerNode()) {
                return 1;
            }
            Long known = sizes.get(node);
            if (known != null) {
                return known;
            }
            long size = 1;
            for (JsonNode child : node) {
                size = Math.min(size + size(child), InputLimits.MAX_NODES + 1L);
            }
            sizes.put(node, size);
            return size;
        }
    }

    /** What inlining a definition reached: every definition referred to below it, and the outermost place a reference was cut. */
    private static final class Reach {
        final Set<String> names = new HashSet<>();
        int cutAt = Integer.MAX_VALUE;
    }

    /** A definition inlined without depending on where it was reached from, and what it reached. */
    private record Inlined(JsonNode schema, Set<String> reaches) {
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
