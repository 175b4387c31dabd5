package org.maestroperf.deploy.validator.rules.server;

import java.math.BigInteger;

import org.maestroperf.deploy.validator.source.ScalarValue;
import org.maestroperf.deploy.validator.source.Value;

/** Reading typed field values; a value of the wrong type is the schema check's to report, so it reads as absent. */
final class Fields {

    private Fields() {
    }

    /** An integer field, or null when absent, null or not an integer. */
    static Long integer(Value v) {
        if (v instanceof ScalarValue s) {
            if (s.value() instanceof Long l) {
                return l;
            }
            if (s.value() instanceof BigInteger b) {
                return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
        }
        return null;
    }

    /** A string field, or null when absent, null or not a string. */
    static String string(Value v) {
        return v instanceof ScalarValue s && s.value() instanceof String text ? text : null;
    }

    /** A boolean field that is {@code true}. */
    static boolean isTrue(Value v) {
        return v instanceof ScalarValue s && Boolean.TRUE.equals(s.value());
    }

    /** Whether a field is set: present and not null. */
    static boolean isSet(Value v) {
        return !v.isMissing() && !(v instanceof ScalarValue s && s.value() == null);
    }

    /** An int-or-string field (ports): a Long, a String or null. */
    static Object intOrString(Value v) {
        Long n = integer(v);
        return n != null ? n : string(v);
    }
}
