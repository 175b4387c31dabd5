package org.maestroperf.deploy.generator.template;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.maestroperf.deploy.generator.render.YamlValues;

/**
 * Writes plain trees as block YAML or JSON, in map order, so the same tree always gives the same bytes.
 * Every YAML scalar goes through {@link YamlValues}: strings are plain only when they read back as the
 * same string, multi-line text is a literal block when that round-trips, everything else is quoted.
 */
public final class TreeWriter {

    private static final YamlValues Y = new YamlValues();

    private TreeWriter() {
    }

    /** The tree as one YAML document ending in a newline. */
    public static String yaml(Object tree) {
        StringBuilder out = new StringBuilder();
        if (tree instanceof Map<?, ?> m && !m.isEmpty() || tree instanceof List<?> l && !l.isEmpty()) {
            block(out, tree, 0);
        } else {
            out.append(scalar(tree, 0));
        }
        return out.append('\n').toString();
    }

    /** The tree as indented JSON ending in a newline. */
    public static String json(Object tree) {
        try {
            return Json.WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a plain tree: " + e.getMessage(), e);
        }
    }

    private static void block(StringBuilder out, Object value, int indent) {
        String pad = " ".repeat(indent);
        boolean first = true;
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append('\n');
                }
                first = false;
                out.append(pad).append(Y.str(e.getKey())).append(':');
                child(out, e.getValue(), indent + 2);
            }
        } else {
            for (Object item : (List<?>) value) {
                if (!first) {
                    out.append('\n');
                }
                first = false;
                if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                    // "- " then the map's first key on the same line, the rest aligned under it
                    StringBuilder nested = new StringBuilder();
                    block(nested, item, indent + 2);
                    out.append(pad).append("- ").append(nested, indent + 2, nested.length());
                } else {
                    out.append(pad).append('-');
                    child(out, item, indent + 2);
                }
            }
        }
    }

    private static void child(StringBuilder out, Object value, int indent) {
        if (value instanceof Map<?, ?> m && !m.isEmpty() || value instanceof List<?> l && !l.isEmpty()) {
            out.append('\n');
            block(out, value, indent);
        } else {
            out.append(' ').append(scalar(value, indent));
        }
    }

    private static String scalar(Object value, int indent) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?>) {
            return "[]";
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return d.toString();
        }
        String s = String.valueOf(value);
        return s.contains("\n") ? Y.text(s, indent) : Y.str(s);
    }

    /** Jackson, created on first use: YAML output does not pay for its start-up. */
    private static final class Json {
        static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
