package org.maestroperf.deploy.openshift;

/** What the Kubernetes API accepts in a field, as far as template typing cares. */
public enum FieldType {
    INTEGER, BOOLEAN, NUMBER, STRING, INT_OR_STRING, QUANTITY, OBJECT, LIST, UNKNOWN;

    /** Whether {@code ${X}}, which always yields a string, is wrong here. */
    public boolean rejectsText() {
        return this == INTEGER || this == BOOLEAN || this == NUMBER;
    }

    /** Whether a value that is not JSON may stand here as a string (oc's fallback for {@code ${{X}}}). */
    public boolean acceptsText() {
        return this == STRING || this == INT_OR_STRING || this == QUANTITY;
    }

    /** Whether a parsed JSON value (null, Boolean, Number, String, Map, List) fits this field. */
    public boolean accepts(Object value) {
        if (value == null || this == UNKNOWN) {
            return true;
        }
        boolean integral = isIntegral(value);
        return switch (this) {
            case INTEGER -> integral;
            case BOOLEAN -> value instanceof Boolean;
            case NUMBER -> value instanceof Number;
            case STRING -> value instanceof String;
            case INT_OR_STRING -> integral || value instanceof String;
            case QUANTITY -> value instanceof Number || value instanceof String;
            case OBJECT -> value instanceof java.util.Map<?, ?>;
            case LIST -> value instanceof java.util.List<?>;
            case UNKNOWN -> true;
        };
    }

    /** Whether a parsed JSON value is a whole number (as {@link JsonValue} reads them). */
    public static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger;
    }

    /** The field's type in words, for messages. */
    public String describe() {
        return switch (this) {
            case INTEGER -> "an integer";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case INT_OR_STRING -> "an integer or a string";
            case QUANTITY -> "a quantity";
            case OBJECT -> "an object";
            case LIST -> "a list";
            case UNKNOWN -> "any value";
        };
    }
}
