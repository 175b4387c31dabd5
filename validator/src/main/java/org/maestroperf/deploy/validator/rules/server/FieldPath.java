package org.maestroperf.deploy.validator.rules.server;

import org.maestroperf.deploy.validator.source.ListValue;
import org.maestroperf.deploy.validator.source.Pointers;
import org.maestroperf.deploy.validator.source.Value;

/**
 * A field of an object, both as the JSON pointer a finding is positioned by and as the path the
 * API server names it by ({@code spec.template.spec.containers[1].name}, map keys in brackets:
 * {@code resources.limits[memory]}), built step by step so the two never disagree. The strings
 * are only made for a finding: most fields checked have none.
 */
final class FieldPath {

    static final FieldPath ROOT = new FieldPath(null, "", Step.ROOT, null);

    private enum Step { ROOT, CHILD, INDEX, KEY, RENAMED }

    private final FieldPath parent;
    private final String token;
    private final Step step;
    /** For {@link Step#RENAMED}: the path the server names this pointer by. */
    private final String serverPath;

    private FieldPath(FieldPath parent, String token, Step step, String serverPath) {
        this.parent = parent;
        this.token = token;
        this.step = step;
        this.serverPath = serverPath;
    }

    /** A pointer made only of field names and list indexes, such as a pod spec's {@code /spec/template/spec}. */
    static FieldPath of(String pointer) {
        FieldPath out = ROOT;
        for (String token : Pointers.tokens(pointer)) {
            out = digits(token) ? out.index(Integer.parseInt(token)) : out.child(token);
        }
        return out;
    }

    private static boolean digits(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    FieldPath child(String name) {
        return new FieldPath(this, name, Step.CHILD, null);
    }

    FieldPath child(String first, String... more) {
        FieldPath out = child(first);
        for (String name : more) {
            out = out.child(name);
        }
        return out;
    }

    FieldPath index(int i) {
        return new FieldPath(this, Integer.toString(i), Step.INDEX, null);
    }

    FieldPath key(String key) {
        return new FieldPath(this, key, Step.KEY, null);
    }

    /** This field, named by the server as {@code path} (where it names a container of the field rather than the field). */
    FieldPath namedAs(String path) {
        return new FieldPath(this, null, Step.RENAMED, path);
    }

    String pointer() {
        if (step == Step.ROOT) {
            return "";
        }
        return step == Step.RENAMED ? parent.pointer() : parent.pointer() + "/" + Pointers.escape(token);
    }

    String path() {
        return switch (step) {
            case ROOT -> "";
            case RENAMED -> serverPath;
            case CHILD -> parent.step == Step.ROOT ? token : parent.path() + "." + token;
            case INDEX, KEY -> parent.path() + "[" + token + "]";
        };
    }

    /** The value this path names in {@code root}, or {@link Value#MISSING}. */
    Value valueIn(Value root) {
        Value v = root;
        for (String token : Pointers.tokens(pointer())) {
            v = v instanceof ListValue ? v.get(Integer.parseInt(token)) : v.get(token);
        }
        return v;
    }
}
