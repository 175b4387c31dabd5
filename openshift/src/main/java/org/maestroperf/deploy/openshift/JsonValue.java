package org.maestroperf.deploy.openshift;

import java.math.BigInteger;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a {@code ${{X}}} value the way oc does: as one strict JSON value. Numbers, booleans and null
 * are read here; only strings, arrays and objects need Jackson (whose start-up costs ~0.5 s cold).
 */
final class JsonValue {

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private JsonValue() {
    }

    /** The value (integers as Integer/Long when they fit), or IllegalArgumentException when it is not JSON. */
    static Object parse(String raw) {
        String s = raw.strip();
        if (INTEGER.matcher(s).matches()) {
            return Trees.narrow(new BigInteger(s));
        }
        if (NUMBER.matcher(s).matches()) {
            return Double.valueOf(s);
        }
        switch (s) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                break;
        }
        if (s.isEmpty() || "\"[{".indexOf(s.charAt(0)) < 0) {
            throw new IllegalArgumentException("not JSON");
        }
        try {
            return Trees.narrow(Json.MAPPER.readValue(s, Object.class));
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

    /** Jackson, created on first use. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    }
}
