package org.maestroperf.deploy.validator.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONObject;
import org.maestroperf.deploy.diag.SchemaMessages;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.ListValue;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Pointers;
import org.maestroperf.deploy.validator.source.ScalarValue;
import org.maestroperf.deploy.validator.source.Value;

/** Checks one object against the schema of its kind; every violation becomes a finding at the offending field. */
public final class SchemaCheck {

    /** Rule id of schema violations. */
    public static final String RULE = "schema";
    /** Rule id of a kind without a schema. */
    public static final String MISSING = "schema-missing";

    private static final Pattern EXTRANEOUS = Pattern.compile("extraneous key \\[(.*)] is not permitted");
    private static final Pattern REQUIRED = Pattern.compile("required key \\[(.*)] not found");

    private final SchemaRegistry registry;
    private final boolean ignoreMissing;

    public SchemaCheck(SchemaRegistry registry, boolean ignoreMissing) {
        this.registry = registry;
        this.ignoreMissing = ignoreMissing;
    }

    public List<Finding> check(Manifest m) {
        SchemaKey key = SchemaKey.of(m.apiVersion(), m.kind());
        Optional<org.everit.json.schema.Schema> found = registry.find(key);
        List<Finding> out = new ArrayList<>();
        if (found.isEmpty()) {
            if (!ignoreMissing) {
                out.add(at(m, "/kind", Severity.ERROR, MISSING, "no schema for " + key + " (looked in: "
                        + String.join(", ", registry.sources().stream().map(SchemaSource::describe).toList())
                        + "); --ignore-missing-schemas skips such objects"));
            }
            return out;
        }
        try {
            found.get().validate(json(m.root()));
        } catch (ValidationException e) {
            report(m, e, out);
        } catch (NotJson e) {
            String pointer = pointerTo(m.root(), e.scalar, "");
            out.add(at(m, pointer, Severity.ERROR, RULE, pointer + ": " + e.scalar.value()
                    + " is not a number JSON can hold, so the API server would refuse the object"));
        }
        return out;
    }

    /** A YAML float ({@code .inf}, {@code .nan}) that has no JSON form. */
    private static final class NotJson extends RuntimeException {
        private final transient ScalarValue scalar;

        NotJson(ScalarValue scalar) {
            super(null, null, false, false);
            this.scalar = scalar;
        }
    }

    /** Where {@code target} sits under {@code v}; only for a finding, so a plain search. */
    private static String pointerTo(Value v, Value target, String pointer) {
        if (v == target) {
            return pointer;
        }
        if (v instanceof MapValue map) {
            for (int i = 0; i < map.size(); i++) {
                String found = pointerTo(map.value(i), target, Pointers.child(pointer, map.key(i)));
                if (found != null) {
                    return found;
                }
            }
        }
        for (int i = 0; i < v.items().size(); i++) {
            String found = pointerTo(v.items().get(i), target, pointer + "/" + i);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void report(Manifest m, ValidationException e, List<Finding> out) {
        String keyword = e.getKeyword();
        List<ValidationException> causes = e.getCausingExceptions();
        String pointer = e.getPointerToViolation() == null ? "" : e.getPointerToViolation().replaceFirst("^#", "");
        if (!causes.isEmpty() && !"oneOf".equals(keyword) && !"anyOf".equals(keyword)) {
            causes.forEach(c -> report(m, c, out));
            return;
        }
        String message = e.getErrorMessage();
        if ("oneOf".equals(keyword) || "anyOf".equals(keyword)) {
            // a nullable type is anyOf(T, null): when the value has the right type, the violations are inside it
            List<ValidationException> deeper = causes.stream()
                    .filter(c -> !typeOnly(c) || !java.util.Objects.equals(c.getPointerToViolation(), e.getPointerToViolation()))
                    .toList();
            if (!deeper.isEmpty()) {
                deeper.forEach(c -> report(m, c, out));
                return;
            }
            message = alternatives(e, message, subject(m, pointer));
        }
        Matcher extraneous = EXTRANEOUS.matcher(message);
        if (extraneous.matches()) {
            pointer = Pointers.child(pointer, extraneous.group(1));
            message = "unknown field '" + extraneous.group(1) + "'";
        }
        Matcher required = REQUIRED.matcher(message);
        if (required.matches()) {
            message = "missing required field '" + required.group(1) + "'";
        } else if (extraneous.matches() || "oneOf".equals(keyword) || "anyOf".equals(keyword)) {
            // already in words
        } else {
            message = SchemaMessages.describe(e, subject(m, pointer));
        }
        out.add(at(m, pointer, Severity.ERROR, RULE, (pointer.isEmpty() ? "/" : pointer) + ": " + message));
    }

    /** The value a violation is about, as Everit saw it. */
    private static Object subject(Manifest m, String pointer) {
        Value value = Pointers.valueAt(m.root(), pointer);
        return value == null ? null : json(value);
    }

    /** Whether a violation only says the value has the wrong type (possibly through alternatives). */
    private static boolean typeOnly(ValidationException e) {
        if ("type".equals(e.getKeyword())) {
            return true;
        }
        return ("anyOf".equals(e.getKeyword()) || "oneOf".equals(e.getKeyword())) && !e.getCausingExceptions().isEmpty()
                && e.getCausingExceptions().stream().allMatch(c -> typeOnly(c)
                        && java.util.Objects.equals(c.getPointerToViolation(), e.getPointerToViolation()));
    }

    /** int-or-string and quantities: "expected integer or string, found boolean" rather than nested alternatives. */
    private static String alternatives(ValidationException e, String fallback, Object subject) {
        java.util.Set<String> expected = new java.util.TreeSet<>();
        collectTypes(e, expected);
        expected.remove("null");
        return expected.isEmpty() ? fallback : "expected " + String.join(" or ", expected) + ", found "
                + SchemaMessages.describe(subject);
    }

    private static void collectTypes(ValidationException e, java.util.Set<String> expected) {
        if ("type".equals(e.getKeyword())) {
            expected.add(SchemaMessages.typeOf(e.getViolatedSchema()));
        }
        e.getCausingExceptions().forEach(c -> collectTypes(c, expected));
    }

    static Finding at(Manifest m, String pointer, Severity severity, String rule, String message) {
        int[] pos = Pointers.position(m.root(), pointer);
        return new Finding(m.file(), pos[0], pos[1], m.pointer() + pointer, severity, rule, message);
    }

    /** The object as Everit wants it; a field set to null is left out, as the API server treats it as unset. */
    static Object json(Value v) {
        if (v instanceof MapValue map) {
            JSONObject o = new JSONObject();
            for (int i = 0; i < map.size(); i++) {
                if (!(map.value(i) instanceof ScalarValue s && s.value() == null)) {
                    o.put(map.key(i), json(map.value(i)));
                }
            }
            return o;
        }
        if (v instanceof ListValue list) {
            JSONArray a = new JSONArray();
            list.items().forEach(item -> a.put(json(item)));
            return a;
        }
        ScalarValue scalar = (ScalarValue) v;
        if (scalar.value() instanceof Double d && !Double.isFinite(d)) {
            throw new NotJson(scalar);
        }
        return scalar.value() == null ? JSONObject.NULL : scalar.value();
    }
}
