package org.maestroperf.deploy.yaml;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one way a value reaches the YAML a template renders ({@code $y} in templates): every scalar is
 * emitted plain only when it cannot be read back as anything but the same string, otherwise
 * double-quoted with every special character escaped, so no value can add keys, documents or comments.
 */
public final class YamlValues {

    /** Characters that never start or end structure in a plain scalar, in any position. */
    private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./@=+-]*(:[A-Za-z0-9_./@=+-]+)*");
    private static final Resolver RESOLVER = new Resolver();
    /** The same few hundred values (labels, names, images) recur in every object: decide each once. */
    private final Map<String, Boolean> plainSafe = new java.util.concurrent.ConcurrentHashMap<>();

    /** A string value as a YAML scalar (plain when unambiguous, else double-quoted). */
    public String str(Object value) {
        if (value == null) {
            return "null";
        }
        String s = String.valueOf(value);
        boolean plain = s.length() <= 256 ? plainSafe.computeIfAbsent(s, YamlValues::isPlainSafe) : false;
        return plain ? s : quoted(s);
    }

    /** Always double-quoted: for values that must stay strings however they look (labels, ConfigMap data). */
    public String quoted(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (isPrintable(cp)) {
                        out.appendCodePoint(cp);
                    } else if (cp <= 0xFF) {
                        out.append(String.format("\\x%02X", cp));
                    } else if (cp <= 0xFFFF) {
                        out.append(String.format("\\u%04X", cp));
                    } else {
                        out.append(String.format("\\U%08X", cp));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** An integer value; refuses anything else, so a template cannot turn text into structure here. */
    public String integer(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        throw new IllegalArgumentException("not an integer: " + value);
    }

    /** A boolean value. */
    public String bool(Object value) {
        if (value instanceof Boolean b) {
            return b.toString();
        }
        throw new IllegalArgumentException("not a boolean: " + value);
    }

    /**
     * Multi-line text (a file in a ConfigMap) as a literal block scalar indented by {@code indent}
     * spaces, when it round-trips exactly that way; otherwise as a double-quoted scalar.
     */
    public String text(Object value, int indent) {
        String s = String.valueOf(value);
        if (!s.contains("\n") || !isBlockSafe(s)) {
            return quoted(s);
        }
        String body = s;
        String chomp;
        if (s.endsWith("\n\n")) {
            chomp = "+";
            body = s.substring(0, s.length() - 1);
        } else if (s.endsWith("\n")) {
            chomp = "";
            body = s.substring(0, s.length() - 1);
        } else {
            chomp = "-";
        }
        String pad = " ".repeat(indent);
        StringBuilder out = new StringBuilder("|").append(chomp);
        for (String line : body.split("\n", -1)) {
            out.append('\n');
            if (!line.isEmpty()) {
                out.append(pad).append(line);
            }
        }
        return out.toString();
    }

    /**
     * A tree of maps, lists and scalars in block style, every line indented by {@code indent} spaces and
     * no trailing newline; the caller writes the key line above it.
     */
    public String tree(Object value, int indent) {
        StringBuilder out = new StringBuilder(256);
        writeTree(out, value, indent);
        return out.toString();
    }

    private void writeTree(StringBuilder out, Object value, int indent) {
        String pad = " ".repeat(indent);
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append('\n');
                }
                first = false;
                out.append(pad).append(str(e.getKey())).append(':');
                writeChild(out, e.getValue(), indent + 2);
            }
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append('\n');
                }
                first = false;
                if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                    // "- " then the map's first key on the same line, the rest aligned under it
                    String nested = tree(item, indent + 2);
                    out.append(pad).append("- ").append(nested.substring(indent + 2));
                } else {
                    out.append(pad).append('-');
                    writeChild(out, item, indent + 2);
                }
            }
        } else {
            out.append(pad).append(scalar(value, indent));
        }
    }

    private void writeChild(StringBuilder out, Object value, int indent) {
        if (value instanceof Map<?, ?> m && !m.isEmpty() || value instanceof List<?> l && !l.isEmpty()) {
            out.append('\n');
            writeTree(out, value, indent);
        } else {
            out.append(' ').append(scalar(value, indent));
        }
    }

    /**
     * A leaf of a tree: typed values keep their type, multi-line text becomes a block indented for its
     * level, other strings go through {@link #str}.
     */
    private String scalar(Object value, int indent) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?>) {
            return "[]";
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof java.math.BigInteger) {
            return value.toString();
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return d.toString();
        }
        String s = String.valueOf(value);
        return s.contains("\n") ? text(s, indent) : str(s);
    }

    private static boolean isPlainSafe(String s) {
        return !s.isEmpty()
                && s.length() <= 256
                && PLAIN_SAFE.matcher(s).matches()
                && RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR)
                && !isYaml11Special(s);
    }

    /** Words that YAML 1.1 readers (kubectl's among them) take as booleans or null. */
    private static boolean isYaml11Special(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~" -> true;
            default -> false;
        };
    }

    private static boolean isBlockSafe(String s) {
        if (s.startsWith(" ") || s.startsWith("\n") || s.contains("\r")) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != '\n' && (!isPrintable(cp) || cp == '\t')) {
                return false;
            }
        }
        // a trailing space or a line of only spaces does not survive every reader's trimming
        for (String line : s.split("\n", -1)) {
            if (line.endsWith(" ")) {
                return false;
            }
        }
        return true;
    }

    /** YAML's printable set, minus the characters some readers treat as line breaks or a BOM. */
    private static boolean isPrintable(int cp) {
        return (cp >= 0x20 && cp <= 0x7E)
                || (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
