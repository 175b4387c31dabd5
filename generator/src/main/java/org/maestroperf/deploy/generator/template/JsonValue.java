package org.maestroperf.deploy.generator.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a {@code ${{X}}} value the way oc does: as one strict JSON value. */
final class JsonValue {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private JsonValue() {
    }

    /** The value (integers narrowed to Integer/Long), or IllegalArgumentException when it is not JSON. */
    static Object parse(String raw) {
        try {
            return Trees.narrow(JSON.readValue(raw, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /** Whether oc would read the text as JSON rather than keep it as a string. */
    static boolean isJson(String raw) {
        try {
            parse(raw);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
