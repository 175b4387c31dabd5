package org.maestroperf.deploy.diff;

/**
 * How a field is named in a diff: map keys joined with dots ({@code spec.replicas}), a key that is
 * not a plain word in brackets and quotes ({@code metadata.labels["app.kubernetes.io/name"]}), an
 * item of a named list by its name as {@code explain} and {@code --set} write it
 * ({@code containers[broker].env[JAVA_OPTS]}) or by another key field ({@code ports[containerPort=1883]}),
 * any other list item by its index ({@code matchExpressions[0]}).
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    /** The path of map key {@code key} below {@code parent} ("" for the object itself). */
    public static String key(String parent, String key) {
        if (isWord(key)) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[" + quote(key) + "]";
    }

    /** The path of the item of a named list whose {@code field} is {@code value}. */
    public static String item(String parent, String field, Object value) {
        String text = String.valueOf(value);
        if (field.equals("name") && isName(text) && !text.chars().allMatch(Character::isDigit)) {
            return parent + "[" + text + "]";
        }
        return parent + "[" + field + "=" + (isName(text) ? text : quote(text)) + "]";
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Whether one path is the other or lies inside it (a field and the map or item that holds it). */
    public static boolean overlap(String a, String b) {
        return a.equals(b) || inside(a, b) || inside(b, a);
    }

    private static boolean inside(String path, String parent) {
        if (parent.isEmpty()) {
            return true;
        }
        return path.length() > parent.length() && path.startsWith(parent)
                && (path.charAt(parent.length()) == '.' || path.charAt(parent.length()) == '[');
    }

    private static boolean isWord(String key) {
        if (key.isEmpty() || !(Character.isLetter(key.charAt(0)) || key.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /** A key value shown as is: what names, ports and paths are made of, nothing a reader could misparse. */
    private static boolean isName(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || "_-./:".indexOf(c) >= 0))) {
                return false;
            }
        }
        return true;
    }

    /** A JSON string literal: a path holding any key, whatever it holds, reads back unambiguously. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
