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

import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Builds Everit schemas directly from a schema of the built-in pack, which uses only {@code type}
 * (one), {@code properties}, {@code required}, {@code additionalProperties}, {@code items},
 * {@code enum}, {@code oneOf}/{@code anyOf}/{@code allOf} and {@code $ref} into its own
 * {@code definitions}; each definition is built once. Several times faster to start than
 * Everit's general loader, which matters for a command that runs for a second; reads the schema
 * with org.json (which Everit needs anyway) rather than Jackson, whose start-up a short run would pay.
 */
final class BuiltinSchemaBuilder {

    private final JSONObject definitions;
    private final boolean strict;
    private final Map<String, Schema> built = new HashMap<>();

    private BuiltinSchemaBuilder(JSONObject root, boolean strict) {
        this.definitions = root.optJSONObject("definitions", new JSONObject());
        this.strict = strict;
    }

    static Schema build(JSONObject root, boolean strict) {
        return new BuiltinSchemaBuilder(root, strict).schema(root);
    }

    private Schema schema(JSONObject n) {
        if (n.has("$ref")) {
            String name = n.getString("$ref").substring("#/definitions/".length());
            Schema s = built.get(name);
            if (s == null) {
                s = schema(definitions.getJSONObject(name));
                built.put(name, s);
            }
            return s;
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            if (n.has(combinator)) {
                List<Schema> subs = new ArrayList<>();
                for (Object x : n.getJSONArray(combinator)) {
                    subs.add(schema((JSONObject) x));
                }
                return switch (combinator) {
                    case "oneOf" -> CombinedSchema.oneOf(subs).build();
                    case "anyOf" -> CombinedSchema.anyOf(subs).build();
                    default -> CombinedSchema.allOf(subs).build();
                };
            }
        }
        if (n.has("enum")) {
            Set<Object> values = new LinkedHashSet<>();
            for (Object v : n.getJSONArray("enum")) {
                values.add(v instanceof Number || v instanceof Boolean ? v : String.valueOf(v));
            }
            return EnumSchema.builder().possibleValues(values).build();
        }
        String type = n.opt("type") instanceof String t ? t : "";
        return switch (type) {
            case "object" -> object(n);
            case "array" -> ArraySchema.builder().requiresArray(true)
                    .allItemSchema(n.has("items") ? schema(n.getJSONObject("items")) : EmptySchema.INSTANCE).build();
            case "string" -> StringSchema.builder().requiresString(true).build();
            case "integer" -> NumberSchema.builder().requiresInteger(true).build();
            case "number" -> NumberSchema.builder().requiresNumber(true).build();
            case "boolean" -> BooleanSchema.INSTANCE;
            case "null" -> NullSchema.INSTANCE;
            default -> EmptySchema.INSTANCE;
        };
    }

    private Schema object(JSONObject n) {
        ObjectSchema.Builder b = ObjectSchema.builder().requiresObject(true);
        JSONObject properties = n.optJSONObject("properties");
        if (properties != null) {
            for (String p : properties.keySet()) {
                b.addPropertySchema(p, schema(properties.getJSONObject(p)));
            }
        }
        JSONArray required = n.optJSONArray("required");
        if (required != null) {
            for (Object r : required) {
                b.addRequiredProperty(String.valueOf(r));
            }
        }
        Object additional = n.opt("additionalProperties");
        if (additional instanceof JSONObject schema) {
            b.schemaOfAdditionalProperties(schema(schema));
        } else if (Boolean.FALSE.equals(additional)) {
            b.additionalProperties(!strict);
        }
        return b.build();
    }
}
