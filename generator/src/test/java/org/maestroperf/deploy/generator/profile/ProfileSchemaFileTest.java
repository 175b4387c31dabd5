package org.maestroperf.deploy.generator.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;

class ProfileSchemaFileTest {

    @Test
    void everyObjectInTheSchemaRefusesUnknownKeys() throws IOException {
        JSONObject schema = schemaJson();
        List<String> open = new ArrayList<>();
        walk(schema, "#", open);

        assertThat(schema.getString("$schema")).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(open).isEmpty();
    }

    @Test
    void everyPatternSaysInWordsWhatItAllowsAndEveryIntegerHasItsFieldsRange() throws IOException {
        JSONObject schema = schemaJson();
        List<String> unexplained = new ArrayList<>();
        List<String> unbounded = new ArrayList<>();
        walkTypes(schema, "#", unexplained, unbounded);

        assertThat(unexplained).as("patterns without " + org.maestroperf.deploy.diag.SchemaMessages.PATTERN_WORDS).isEmpty();
        // an integer without both bounds would reach the model as whatever Java makes of it
        assertThat(unbounded).as("integers without minimum and maximum").isEmpty();
    }

    private static void walkTypes(Object node, String where, List<String> unexplained, List<String> unbounded) {
        if (node instanceof JSONObject object) {
            if (object.has("pattern") && !object.optString(org.maestroperf.deploy.diag.SchemaMessages.PATTERN_WORDS)
                    .startsWith("must ")) {
                unexplained.add(where);
            }
            Object type = object.opt("type");
            boolean integer = "integer".equals(type) || type instanceof JSONArray types && types.toList().contains("integer");
            if (integer && !(object.has("minimum") && object.has("maximum"))) {
                unbounded.add(where);
            }
            for (String key : object.keySet()) {
                walkTypes(object.get(key), where + "/" + key, unexplained, unbounded);
            }
        } else if (node instanceof JSONArray array) {
            for (int i = 0; i < array.length(); i++) {
                walkTypes(array.get(i), where + "/" + i, unexplained, unbounded);
            }
        }
    }

    private static JSONObject schemaJson() throws IOException {
        try (InputStream in = ProfileSchemaFileTest.class.getClassLoader().getResourceAsStream(ProfileSchema.RESOURCE)) {
            return new JSONObject(new JSONTokener(in));
        }
    }

    @Test
    void everyKeyOfBaseHasASchema() {
        EffectiveProfile base = new ProfileLoader().load(List.of("base"), List.of());
        List<String> problems = ProfileSchema.validate(base.values(), new ProfileSchema.Locator() {
            @Override
            public org.maestroperf.deploy.diag.SourcePosition valueAt(String path) {
                return org.maestroperf.deploy.diag.SourcePosition.of(path);
            }

            @Override
            public org.maestroperf.deploy.diag.SourcePosition keyAt(String path) {
                return valueAt(path);
            }
        });
        assertThat(problems).isEmpty();
    }

    /** An object schema is one with properties (or type object): it must say additionalProperties false. */
    private static void walk(Object node, String where, List<String> open) {
        if (node instanceof JSONObject object) {
            boolean isObjectSchema = object.has("properties") || "object".equals(object.opt("type"));
            if (isObjectSchema && !Boolean.FALSE.equals(object.opt("additionalProperties"))) {
                open.add(where);
            }
            for (String key : object.keySet()) {
                walk(object.get(key), where + "/" + key, open);
            }
        } else if (node instanceof JSONArray array) {
            for (int i = 0; i < array.length(); i++) {
                walk(array.get(i), where + "/" + i, open);
            }
        }
    }
}
