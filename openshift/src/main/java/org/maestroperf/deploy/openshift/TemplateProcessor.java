package org.maestroperf.deploy.openshift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maestroperf.deploy.diag.Suggestions;
import org.maestroperf.deploy.diag.UserException;

/**
 * Processes a Template offline the way {@code oc process --local} does: values from the caller, then
 * generated ones, then defaults; {@code metadata.namespace} stripped (unless it is parameterised);
 * {@code ${X}} replaced as text inside strings and map keys, a string that is exactly {@code ${{X}}}
 * replaced by the value read as JSON (a value that is not JSON stays a string, and a map entry whose value
 * reads as null is dropped, both like oc); the template
 * labels added to every object. Stricter than oc in one way: a {@code ${{X}}} value must fit the
 * field's API type (an integer for {@code replicas}), so a typo fails here rather than at apply time.
 */
public final class TemplateProcessor {

    private final ExpressionGenerator generator;

    public TemplateProcessor(ExpressionGenerator generator) {
        this.generator = generator;
    }

    /**
     * @param source           the template's name for messages (its file)
     * @param template         the Template as a plain tree
     * @param given            parameter values from the caller, in the order given
     * @param ignoreUnknown    whether a given parameter the template does not declare is ignored rather than an error
     */
    public ProcessedTemplate process(String source, Object template, Map<String, String> given, boolean ignoreUnknown) {
        TemplateShape shape = TemplateShape.of(source, template);
        Map<String, String> values = values(source, shape, given, ignoreUnknown);
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> objects = new ArrayList<>();
        ExpansionBudget budget = new ExpansionBudget();
        for (int i = 0; i < shape.objects().size(); i++) {
            Map<String, Object> object = Trees.copyMap(shape.objects().get(i));
            stripNamespace(object);
            Substitution substitution = new Substitution(source, i, object, values, budget, problems);
            Map<String, Object> substituted = substitution.map(object, new ArrayList<>());
            addLabels(source, i, substituted, shape.labels(), substitution, problems);
            objects.add(substituted);
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        String message = shape.message() == null ? null : ParameterRefs.substituteText(shape.message(), values::get);
        return new ProcessedTemplate(List.copyOf(objects), values, message);
    }

    /** Each parameter's value: given, else its value, else generated; every unknown or missing one reported. */
    private Map<String, String> values(String source, TemplateShape shape, Map<String, String> given, boolean ignoreUnknown) {
        List<String> problems = new ArrayList<>();
        Set<String> declared = shape.parameterNames();
        for (String name : given.keySet()) {
            if (!declared.contains(name) && !ignoreUnknown) {
                problems.add(source + ": unknown parameter '" + name + "'" + Suggestions.didYouMean(name, declared)
                        + " (declared: " + (declared.isEmpty() ? "none" : String.join(", ", declared))
                        + "; --ignore-unknown-parameters skips it)");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map<String, Object> p : shape.parameters()) {
            String name = (String) p.get("name");
            String value = given.containsKey(name) ? given.get(name) : p.get("value") == null ? "" : String.valueOf(p.get("value"));
            if (!given.containsKey(name) && value.isEmpty() && p.get("generate") != null) {
                if (!"expression".equals(p.get("generate"))) {
                    problems.add(source + ": parameter " + name + ": unknown generator '" + p.get("generate")
                            + "' (only 'expression' exists)");
                } else {
                    try {
                        value = generator.generate(String.valueOf(p.get("from")));
                    } catch (IllegalArgumentException e) {
                        problems.add(source + ": parameter " + name + ": cannot generate a value from '"
                                + p.get("from") + "': " + e.getMessage());
                    }
                }
            }
            if (value.isEmpty() && Boolean.TRUE.equals(p.get("required"))) {
                problems.add(source + ": parameter " + name + " is required and must be specified (-p " + name + "=VALUE)");
            }
            values.put(name, value);
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return values;
    }

    /** A hard-coded namespace is dropped (the project decides); a parameterised one stays, like oc. */
    @SuppressWarnings("unchecked")
    private static void stripNamespace(Map<String, Object> object) {
        if (object.get("metadata") instanceof Map<?, ?> metadata && metadata.get("namespace") instanceof String ns
                && !ns.contains("${")) {
            ((Map<String, Object>) metadata).remove("namespace");
        }
    }

    /** The template labels join every object's labels (overwriting equal keys), like oc. */
    @SuppressWarnings("unchecked")
    private static void addLabels(String source, int index, Map<String, Object> object, Map<String, Object> labels,
                                  Substitution substitution, List<String> problems) {
        if (labels.isEmpty()) {
            return;
        }
        Object metadata = object.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
        Object existing = metadata instanceof Map<?, ?> m
                ? ((Map<String, Object>) m).computeIfAbsent("labels", k -> new LinkedHashMap<>()) : null;
        if (!(existing instanceof Map<?, ?>)) {
            problems.add(source + ": objects[" + index + "]: metadata.labels is not a mapping, so the template labels cannot be added");
            return;
        }
        labels.forEach((k, v) -> ((Map<String, Object>) existing).put(substitution.text(k),
                substitution.text(String.valueOf(v))));
    }

    /** A {@code ${{X}}} that read as JSON null: oc drops such a map entry, so the field is unset. */
    private static final Object NULL = new Object();

    /** One object's substitution, collecting a problem per {@code ${{X}}} value that does not fit its field. */
    private record Substitution(String source, int index, Map<String, Object> object, Map<String, String> values,
                                ExpansionBudget budget, List<String> problems) {

        /** Text with its {@code ${X}} replaced, within the budget of the whole Template. */
        String text(String s) {
            String out = budget.substituteText(s, values::get);
            if (out == null) {
                throw new UserException(ExpansionBudget.refusal(source));
            }
            return out;
        }

        Map<String, Object> map(Map<?, ?> map, List<Object> path) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = text(String.valueOf(e.getKey()));
                path.add(key);
                Object value = value(e.getValue(), path);
                if (value != NULL) {
                    out.put(key, value);
                }
                path.remove(path.size() - 1);
            }
            return out;
        }

        Object value(Object value, List<Object> path) {
            if (value instanceof Map<?, ?> m) {
                return map(m, path);
            }
            if (value instanceof List<?> list) {
                List<Object> out = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    path.add(i);
                    Object item = value(list.get(i), path);
                    out.add(item == NULL ? null : item);
                    path.remove(path.size() - 1);
                }
                return out;
            }
            if (!(value instanceof String s)) {
                return value;
            }
            String whole = ParameterRefs.wholeValue(s);
            if (whole != null && values.containsKey(whole)) {
                if (!budget.spend(values.get(whole))) {
                    throw new UserException(ExpansionBudget.refusal(source));
                }
                return typed(whole, values.get(whole), path);
            }
            return text(s);
        }

        private Object typed(String name, String raw, List<Object> path) {
            FieldType type = FieldTypes.of(object.get("apiVersion"), object.get("kind"), path);
            Object parsed;
            try {
                parsed = JsonValue.parse(raw);
            } catch (IllegalArgumentException e) {
                if (type.acceptsText() || type == FieldType.UNKNOWN) {
                    return raw;
                }
                problems.add(where(path) + ": parameter " + name + "='" + raw + "' is not JSON, and this field needs "
                        + type.describe());
                return raw;
            }
            if (!type.accepts(parsed)) {
                problems.add(where(path) + ": parameter " + name + "='" + raw + "' gives " + describe(parsed)
                        + ", but this field needs " + type.describe());
            } else if (FieldType.isIntegral(parsed)) {
                // an integer oc would pass on for the API server (or a later reader) to refuse, or to wrap
                FieldTypes.rangeOf(object.get("apiVersion"), object.get("kind"), path)
                        .filter(range -> !range.contains((Number) parsed))
                        .ifPresent(range -> problems.add(where(path) + ": parameter " + name + "='" + raw
                                + "' must be " + range.describe()));
            }
            return parsed == null ? NULL : parsed;
        }

        private String where(List<Object> path) {
            return source + ": objects[" + index + "] (" + object.get("kind") + " " + Trees.name(object) + ") "
                    + Trees.pathString(path);
        }

        private static String describe(Object parsed) {
            if (parsed instanceof String) {
                return "a string";
            }
            if (parsed instanceof Boolean) {
                return "a boolean";
            }
            if (parsed instanceof Number) {
                return "a number";
            }
            return parsed instanceof Map<?, ?> ? "an object" : "a list";
        }
    }
}
