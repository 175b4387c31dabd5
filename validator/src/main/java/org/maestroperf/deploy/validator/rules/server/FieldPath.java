package org.maestroperf.deploy.validator.rules.server;

import org.maestroperf.deploy.validator.source.ListValue;
import org.maestroperf.deploy.validator.source.Pointers;
import org.maestroperf.deploy.validator.source.Value;

/**
 * A field of an object, both as the JSON pointer a finding is positioned by and as the path the
 * API server names it by ({@code spec.template.spec.containers[1].name}, map keys in brackets:
 * {@code resources.limits[memory]}), built step by step so the two never disagree.
 */
record FieldPath(String pointer, String path) {

    static final FieldPath ROOT = new FieldPath("", "");

    /** A pointer made only of field names and list indexes, such as a pod spec's {@code /spec/template/spec}. */
    static FieldPath of(String pointer) {
        FieldPath out = ROOT;
        for (String token : Pointers.tokens(pointer)) {
            out = !token.isEmpty() && token.chars().allMatch(Character::isDigit) ? out.index(Integer.parseInt(token)) : out.child(token);
        }
        return out;
    }

    /** The value this path names in {@code root}, or {@link Value#MISSING}. */
    Value valueIn(Value root) {
        Value v = root;
        for (String token : Pointers.tokens(pointer)) {
            v = v instanceof ListValue ? v.get(Integer.parseInt(token)) : v.get(token);
        }
        return v;
    }

    FieldPath child(String name) {
        return new FieldPath(pointer + "/" + Pointers.escape(name), path.isEmpty() ? name : path + "." + name);
    }

    FieldPath child(String... names) {
        FieldPath out = this;
        for (String name : names) {
            out = out.child(name);
        }
        return out;
    }

    FieldPath index(int i) {
        return new FieldPath(pointer + "/" + i, path + "[" + i + "]");
    }

    FieldPath key(String key) {
        return new FieldPath(pointer + "/" + Pointers.escape(key), path + "[" + key + "]");
    }
}
