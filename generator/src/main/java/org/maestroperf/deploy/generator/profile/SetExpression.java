package org.maestroperf.deploy.generator.profile;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.diag.UserException;

/**
 * One {@code --set path=value} override: a dotted path whose segments may pick a list item by name
 * ({@code worker.env[JAVA_OPTS].value}), and a value read as YAML ({@code 4} an int, {@code "4"} a string,
 * {@code null} null; an empty value is the empty string).
 */
record SetExpression(String text, List<Segment> path, Object value) {

    /** A map key, optionally followed by {@code [name]} selecting the item of that name in a list. */
    record Segment(String key, String itemName) {
    }

    SourcePosition origin() {
        return SourcePosition.of("--set " + text);
    }

    static SetExpression parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw bad(text, "expected KEY=VALUE, e.g. worker.replicas=4");
        }
        List<Segment> path = parsePath(text, text.substring(0, equals));
        String raw = text.substring(equals + 1);
        Object value = raw.isEmpty() ? "" : YamlTree.parse(raw, "--set " + text).root();
        return new SetExpression(text, path, value);
    }

    private static List<Segment> parsePath(String text, String path) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (true) {
            int start = i;
            while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
                i++;
            }
            String key = path.substring(start, i);
            if (!key.matches("[A-Za-z0-9_-]+")) {
                throw bad(text, key.isEmpty() ? "empty key in '" + path + "'" : "'" + key + "' is not a key name");
            }
            String itemName = null;
            if (i < path.length() && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                if (close < 0 || close == i + 1) {
                    throw bad(text, "a list item is selected by name: KEY[NAME]");
                }
                itemName = path.substring(i + 1, close);
                i = close + 1;
            }
            segments.add(new Segment(key, itemName));
            if (i == path.length()) {
                if (itemName != null) {
                    throw bad(text, "name a key of the item, e.g. " + path + ".value");
                }
                return segments;
            }
            if (path.charAt(i) != '.') {
                throw bad(text, "expected '.' after ']'");
            }
            i++;
        }
    }

    private static UserException bad(String text, String why) {
        return new UserException("--set " + text + ": " + why);
    }
}
