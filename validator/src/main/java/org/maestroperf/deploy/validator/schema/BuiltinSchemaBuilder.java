package org.maestroperf.deploy.validator.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.EmptySchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Builds Everit schemas directly from a schema of the built-in pack, which uses only {@code type}
 * (one), {@code properties}, {@code required}, {@code additionalProperties}, {@code items},
 * {@code enum}, {@code oneOf}/{@code anyOf}/{@code allOf} and {@code $ref} into its own
 * {@code definitions}; each definition is built once. Several times faster to start than
 * Everit's general loader, which matters for a command that runs for a second.
 */
final class BuiltinSchemaBuilder {

    private final JsonNode definitions;
    private final boolean strict;
    private final Map<String, Schema> built = new HashMap<>();

    private BuiltinSchemaBuilder(JsonNode root, boolean strict) {
        this.definitions = root.path("definitions");
        this.strict = strict;
    }

    static Schema build(JsonNode root, boolean strict) {
        return new BuiltinSchemaBuilder(root, strict).schema(root);
    }

    private Schema schema(JsonNode n) {
        JsonNode ref = n.get("$ref");
        if (ref != null) {
            String name = ref.asText().substring("#/definitions/".length());
            Schema s = built.get(name);
            if (s == null) {
                s = schema(definitions.get(name));
                built.put(name, s);
            }
            return s;
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            if (n.has(combinator)) {
                List<Schema> subs = new ArrayList<>();
                n.get(combinator).forEach(x -> subs.add(schema(x)));
                return switch (combinator) {
                    case "oneOf" -> CombinedSchema.oneOf(subs).build();
                    case "anyOf" -> CombinedSchema.anyOf(subs).build();
                    default -> CombinedSchema.allOf(subs).build();
                };
            }
        }
        if (n.has("enum")) {
            Set<Object> values = new LinkedHashSet<>();
            n.get("enum").forEach(v -> values.add(v.isNumber() ? v.numberValue() : v.isBoolean() ? v.asBoolean() : v.asText()));
            return EnumSchema.builder().possibleValues(values).build();
        }
        String type = n.path("type").asText("");
        return switch (type) {
            case "object" -> object(n);
            case "array" -> ArraySchema.builder().requiresArray(true)
                    .allItemSchema(n.has("items") ? schema(n.get("items")) : EmptySchema.INSTANCE).build();
            case "string" -> StringSchema.builder().requiresString(true).build();
            case "integer" -> NumberSchema.builder().requiresInteger(true).build();
            case "number" -> NumberSchema.builder().requiresNumber(true).build();
            case "boolean" -> BooleanSchema.INSTANCE;
            case "null" -> NullSchema.INSTANCE;
            default -> EmptySchema.INSTANCE;
        };
    }

    private Schema object(JsonNode n) {
        ObjectSchema.Builder b = ObjectSchema.builder().requiresObject(true);
        for (Map.Entry<String, JsonNode> p : n.path("properties").properties()) {
            b.addPropertySchema(p.getKey(), schema(p.getValue()));
        }
        n.path("required").forEach(r -> b.addRequiredProperty(r.asText()));
        JsonNode additional = n.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            b.schemaOfAdditionalProperties(schema(additional));
        } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
            b.additionalProperties(!strict);
        }
        return b.build();
    }
}
