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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.input.InputLimits;
import org.maestroperf.deploy.text.Visible;

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
    /** What a kind, version or group label may be to become part of a file name: nothing that could be a path. */
    private static final Pattern NAME_PART = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");
    /** Most definitions one chain of references may pass through; Kubernetes' deepest is about a dozen. */
    static final int MAX_REFERENCE_DEPTH = 100;

    private OpenApiConverter() {
    }

    /**
     * The schemas of a pack, keyed by file name, and the definitions left out because their file
     * name was a Kubernetes kind's (one line each, saying which and why).
     *
     * @param schemas file name to strict schema
     * @param skipped one line per definition left out
     */
    public record Pack(Map<String, ObjectNode> schemas, List<String> skipped) {
    }

    /**
     * The strict schema of every kind among the definitions, keyed by kubeconform file name
     * ({@code deployment-apps-v1.json}, {@code pod-v1.json}). Kinds are the definitions with a
     * group-version-kind; in a spec that has none (OpenShift's), those with both apiVersion and
     * kind properties.
     *
     * <p>kubeconform names a file by the first label of the kind's group, so two kinds can want one
     * file; validate would look up only one. When exactly one of them is a Kubernetes kind (titled
     * {@code io.k8s.}; OpenShift's legacy {@code authorization.openshift.io} reviews beside
     * {@code authorization.k8s.io}'s) it keeps the file and the other is skipped; any other such
     * pair is refused, never one silently overwriting the other.
     *
     * @param source      the spec's name, first in every message
     * @param definitions the OpenAPI v2 definitions
     * @return the schemas by file name and the definitions skipped
     * @throws UserException when a kind's title does not make a safe file name, or two titles want the
     *                       same file and neither is the Kubernetes kind
     */
    public static Pack convert(String source, ObjectNode definitions) {
        ObjectNode defs = prepare(source, definitions);
        boolean gvkKnown = false;
        for (JsonNode d : defs) {
            gvkKnown |= d.has(GVK);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : defs.properties()) {
            if (gvkKnown ? e.getValue().has(GVK) : hasApiVersionAndKind(e.getValue())) {
                String title = e.getKey();
                String file;
                try {
                    file = fileName(title);
                } catch (UserException notAName) {
                    throw new UserException(notAName.problems().stream().map(p -> source + ": " + p).toList());
                }
                String earlier = titles.get(file);
                if (earlier == null) {
                    titles.put(file, title);
                    continue;
                }
                if (kubernetes(earlier) == kubernetes(title)) {
                    throw new UserException(source + ": definitions '" + Visible.line(earlier) + "' and '" + Visible.line(title)
                            + "' would both be written as " + file + "; refused, nothing written");
                }
                String kept = kubernetes(earlier) ? earlier : title;
                String other = kubernetes(earlier) ? title : earlier;
                titles.put(file, kept);
                skipped.add("skipped '" + Visible.line(other) + "': its file " + file + " is the Kubernetes kind '"
                        + kept + "' (kubeconform names files by the first label of the group)");
            }
        }
        Inliner inliner = new Inliner(source, defs);
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        titles.forEach((file, title) -> out.put(file, standalone(title, defs, inliner)));
        return new Pack(out, List.copyOf(skipped));
    }

    private static boolean kubernetes(String title) {
        return title.startsWith("io.k8s.");
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

    /**
     * kubeconform's expanded file name for a definition title: {@code kind-grouplabel-version.json}, core
     * without group. The title's last three dot-separated parts are its group label, version and kind;
     * each must be letters, digits and inner dashes, so the name can never be a path.
     *
     * @param title the definition's title
     * @return the file name
     * @throws UserException for a title that is not {@code [...group.]version.Kind}
     */
    public static String fileName(String title) {
        String[] parts = title.split("\\.", -1);
        String kind = parts[parts.length - 1];
        String version = parts.length > 1 ? parts[parts.length - 2] : "";
        String group = parts.length > 2 ? parts[parts.length - 3] : null;
        if (!NAME_PART.matcher(kind).matches() || !NAME_PART.matcher(version).matches()
                || group != null && !NAME_PART.matcher(group).matches()) {
            throw new UserException("definition '" + Visible.line(title) + "' is not a kind name ([group.]version.Kind,"
                    + " each letters, digits and dashes), so it cannot name a schema file; refused, nothing written");
        }
        kind = kind.toLowerCase(Locale.ROOT);
        version = version.toLowerCase(Locale.ROOT);
        group = group == null ? "" : group.toLowerCase(Locale.ROOT);
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
