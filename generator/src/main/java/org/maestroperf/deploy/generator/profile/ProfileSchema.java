package org.maestroperf.deploy.generator.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.maestroperf.deploy.diag.SchemaMessages;
import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.diag.Suggestions;

/**
 * The profile format's JSON Schema ({@value #RESOURCE}, shipped for editors too), applied to one profile
 * tree; each violation becomes a line {@code file:line:col: key.path: message}.
 */
final class ProfileSchema {

    static final String RESOURCE = "maestro-profile.schema.json";
    private static final Pattern EXTRANEOUS = Pattern.compile("extraneous key \\[(.*)] is not permitted");
    private static final Pattern REQUIRED = Pattern.compile("required key \\[(.*)] not found");

    private static Schema schema;

    /** Where a dotted path's value and key are written, so that each problem names its place. */
    interface Locator {
        SourcePosition valueAt(String path);

        SourcePosition keyAt(String path);
    }

    private ProfileSchema() {
    }

    /** Every violation of the schema by {@code root}, one line each, ordered by position. */
    static List<String> validate(Object root, Locator locator) {
        Map<String, SourcePosition> notJson = new LinkedHashMap<>();
        collectNonFinite(root, "", locator, notJson);
        if (!notJson.isEmpty()) {
            return byPosition(notJson);
        }
        try {
            schema().validate(toJson(root));
            return List.of();
        } catch (ValidationException e) {
            Map<String, SourcePosition> problems = new LinkedHashMap<>();
            collect(e, null, root, locator, problems);
            return byPosition(problems);
        }
    }

    private static List<String> byPosition(Map<String, SourcePosition> problems) {
        return problems.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, SourcePosition> p) -> p.getValue().file())
                        .thenComparingInt(p -> p.getValue().line())
                        .thenComparingInt(p -> p.getValue().column()))
                .map(Map.Entry::getKey).toList();
    }

    /** Loads the schema now, so that a later {@link #validate} does not wait for it. */
    static void preload() {
        schema();
    }

    private static synchronized Schema schema() {
        if (schema == null) {
            try (InputStream in = ProfileSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                JSONObject json = new JSONObject(new JSONTokener(in));
                schema = SchemaLoader.builder().draftV7Support().schemaJson(json).build().load().build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    /** @param enclosing the combination (a type list) {@code e} is a cause of, whose keywords apply to it too */
    private static void collect(ValidationException e, Schema enclosing, Object root, Locator locator,
                                Map<String, SourcePosition> problems) {
        String path = TreePaths.fromPointer(root, e.getPointerToViolation());
        if (e.getViolatedSchema() instanceof CombinedSchema combined && onlyTypeMismatches(e, path, root)) {
            add(problems, locator.valueAt(path), path,
                    "expected " + SchemaMessages.typeOf(combined) + ", found " + SchemaMessages.describe(TreePaths.at(root, path)));
            return;
        }
        if (!e.getCausingExceptions().isEmpty()) {
            List<ValidationException> causes = e.getCausingExceptions();
            if (e.getViolatedSchema() instanceof CombinedSchema) {
                // of "integer or null" given 80, the failed range check says more than "expected null"
                List<ValidationException> telling = causes.stream().filter(c -> !"type".equals(c.getKeyword())).toList();
                causes = telling.isEmpty() ? causes : telling;
            }
            Schema parent = e.getViolatedSchema() instanceof CombinedSchema ? e.getViolatedSchema() : null;
            causes.forEach(cause -> collect(cause, parent, root, locator, problems));
            return;
        }
        Matcher extraneous = EXTRANEOUS.matcher(e.getErrorMessage());
        if ("additionalProperties".equals(e.getKeyword()) && extraneous.matches()) {
            String key = extraneous.group(1);
            String keyPath = TreePaths.child(path, key);
            Set<String> known = e.getViolatedSchema() instanceof ObjectSchema object
                    ? object.getPropertySchemas().keySet() : Set.of();
            String hint = Suggestions.closest(key, known).map(s -> "; did you mean '" + s + "'?")
                    .orElse(known.isEmpty() ? "" : "; known keys here: " + String.join(", ", new TreeSet<>(known)));
            add(problems, locator.keyAt(keyPath), keyPath, "unknown key" + hint);
            return;
        }
        add(problems, locator.valueAt(path), path, message(e, enclosing, TreePaths.at(root, path)));
    }

    /** A type array such as {@code ["integer","null"]} fails with one type error per alternative: say it once. */
    private static boolean onlyTypeMismatches(ValidationException e, String path, Object root) {
        return !e.getCausingExceptions().isEmpty() && e.getCausingExceptions().stream().allMatch(cause ->
                "type".equals(cause.getKeyword()) && TreePaths.fromPointer(root, cause.getPointerToViolation()).equals(path));
    }

    private static String message(ValidationException e, Schema enclosing, Object value) {
        Matcher required = REQUIRED.matcher(e.getErrorMessage());
        if ("required".equals(e.getKeyword()) && required.matches()) {
            return "missing key '" + required.group(1) + "'";
        }
        return SchemaMessages.describe(e, value, enclosing);
    }

    private static void add(Map<String, SourcePosition> problems, SourcePosition position, String path, String message) {
        problems.put(position + ": " + (path.isEmpty() ? "(top level)" : path) + ": " + message, position);
    }

    /** YAML's {@code .inf} and {@code .nan} have no JSON form, so the schema cannot judge them: refused first. */
    private static void collectNonFinite(Object value, String path, Locator locator, Map<String, SourcePosition> problems) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> collectNonFinite(child, TreePaths.child(path, String.valueOf(key)), locator, problems));
        } else if (value instanceof List<?> list) {
            List<String> items = TreePaths.items(path, list);
            for (int i = 0; i < list.size(); i++) {
                collectNonFinite(list.get(i), items.get(i), locator, problems);
            }
        } else if (value instanceof Double d && !Double.isFinite(d)) {
            add(problems, locator.valueAt(path), path, "expected a finite number, found " + d);
        }
    }

    /** The tree as org.json values; explicit nulls stay (as {@link JSONObject#NULL}) so the schema sees them. */
    private static Object toJson(Object value) {
        if (value instanceof Map<?, ?> map) {
            JSONObject object = new JSONObject();
            map.forEach((key, child) -> object.put(String.valueOf(key), toJson(child)));
            return object;
        }
        if (value instanceof List<?> list) {
            JSONArray array = new JSONArray();
            list.forEach(item -> array.put(toJson(item)));
            return array;
        }
        return value == null ? JSONObject.NULL : value;
    }
}
