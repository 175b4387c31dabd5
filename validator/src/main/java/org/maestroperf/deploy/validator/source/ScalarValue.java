package org.maestroperf.deploy.validator.source;

/**
 * A scalar: {@code value} is a String, Long, java.math.BigInteger, Double, Boolean or null, as
 * YAML 1.1 resolves the plain scalar (quoted scalars are always strings).
 */
public record ScalarValue(Object value, int line, int column) implements Value {

    @Override
    public String text() {
        return value == null ? null : value.toString();
    }

    public boolean isString() {
        return value instanceof String;
    }
}
