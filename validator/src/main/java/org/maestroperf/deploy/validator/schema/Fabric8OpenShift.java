package org.maestroperf.deploy.validator.schema;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the OpenShift kinds from the JSON schema a fabric8 6.x openshift-model jar carries
 * ({@code schema/kube-schema.json}) into OpenAPI v2 definitions. Kubernetes types those kinds embed
 * are taken from the Java client's definitions where one matches (they also know the required
 * fields, which the fabric8 schema does not).
 */
final class Fabric8OpenShift {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Fabric8OpenShift() {
    }

    /** Adds every {@code *.openshift.io} kind (lists excepted) and what it needs to {@code definitions}. */
    static void addTo(ObjectNode definitions, JsonNode kubeSchema, Map<String, String> clientDefinitionBySimpleName) {
        JsonNode source = kubeSchema.get("definitions");
        for (Map.Entry<String, JsonNode> e : source.properties()) {
            JsonNode props = e.getValue().path("properties");
            String apiVersion = props.path("apiVersion").path("default").asText("");
            String kind = props.path("kind").path("default").asText("");
            int slash = apiVersion.indexOf('/');
            if (slash < 0 || !apiVersion.substring(0, slash).endsWith(".openshift.io") || kind.isEmpty()
                    || kind.endsWith("List")) {
                continue;
            }
            String group = apiVersion.substring(0, slash);
            String version = apiVersion.substring(slash + 1);
            String name = "com.github.openshift.api." + group.split("\\.")[0] + "." + version + "." + kind;
            ObjectNode def = clean(e.getValue(), source, definitions, clientDefinitionBySimpleName);
            ObjectNode gvk = def.putArray("x-kubernetes-group-version-kind").addObject();
            gvk.put("group", group);
            gvk.put("kind", kind);
            gvk.put("version", version);
            definitions.set(name, def);
        }
    }

    private static ObjectNode clean(JsonNode node, JsonNode source, ObjectNode definitions, Map<String, String> client) {
        ObjectNode out = JSON.objectNode();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "javaType", "existingJavaType", "javaInterfaces", "javaOmitEmpty", "default", "id", "$module",
                        "javaEnumNames", "extends" -> {
                    continue;
                }
                case "required" -> {
                    if (v.isBoolean()) {
                        continue;
                    }
                }
                case "additionalProperties" -> {
                    if (v.isBoolean() && v.asBoolean() && node.has("properties")) {
                        continue;
                    }
                }
                case "$ref" -> {
                    out.put("$ref", "#/definitions/" + reference(v.asText(), source, definitions, client));
                    continue;
                }
                case "properties" -> {
                    ObjectNode props = out.putObject("properties");
                    v.properties().forEach(p -> props.set(p.getKey(), property(p.getValue(), source, definitions, client)));
                    continue;
                }
                default -> {
                }
            }
            out.set(k, v.isObject() ? clean(v, source, definitions, client) : v);
        }
        return out;
    }

    private static JsonNode property(JsonNode p, JsonNode source, ObjectNode definitions, Map<String, String> client) {
        if (!p.has("type") && !p.has("$ref")) {
            String javaType = p.path("existingJavaType").asText("");
            ObjectNode any = JSON.objectNode();
            if (javaType.startsWith("java.util.List")) {
                any.put("type", "array").putObject("items");
            } else if (javaType.startsWith("java.util.Map")) {
                any.put("type", "object");
            }
            return any;
        }
        return clean(p, source, definitions, client);
    }

    private static String reference(String ref, JsonNode source, ObjectNode definitions, Map<String, String> client) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        if (name.equals("kubernetes_apimachinery_pkg_util_intstr_IntOrString")) {
            return OpenApiConverter.INT_OR_STRING;
        }
        if (name.equals("kubernetes_resource_Quantity")) {
            return OpenApiConverter.QUANTITY;
        }
        JsonNode def = source.get(name);
        if (def == null) {
            return name;
        }
        String javaType = def.path("javaType").asText(def.path("existingJavaType").asText(""));
        String simple = javaType.substring(javaType.lastIndexOf('.') + 1);
        if (name.startsWith("kubernetes_") && client.containsKey(simple)) {
            return client.get(simple);
        }
        if (!definitions.has(name)) {
            definitions.putObject(name);
            definitions.set(name, clean(def, source, definitions, client));
        }
        return name;
    }
}
