package org.maestroperf.deploy.validator.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maestroperf.deploy.openshift.ExpansionBudget;

/**
 * The objects of an OpenShift Template as {@code oc process} would produce them with every
 * parameter at its default: {@code ${NAME}} is replaced inside strings, {@code ${{NAME}}} (a whole
 * value) by the default read as a YAML scalar, so {@code "${{REPLICAS}}"} becomes the number 2.
 * A parameter without a value (required, or generated) becomes {@code placeholder}, or the
 * number 1 where a typed value is expected.
 */
final class TemplateObjects {

    private static final Pattern TYPED = Pattern.compile("^\\$\\{\\{([A-Za-z0-9_]+)\\}\\}$");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)([eE][-+]?[0-9]+)?");

    /** One object of the template: its pointer in the YAML document and its content (null if not a mapping). */
    record Expanded(String pointer, Value root) {
    }

    /**
     * The objects, or none and the value where substituting the parameters ran past the
     * {@link ExpansionBudget} (a long default referenced many times).
     */
    record Expansion(List<Expanded> objects, Value tooLargeAt) {
    }

    private TemplateObjects() {
    }

    static Expansion expand(Manifest template) {
        Map<String, String> parameters = new HashMap<>();
        for (Value p : template.root().get("parameters").items()) {
            String name = p.get("name").text();
            if (name != null) {
                parameters.put(name, p.get("value").text());
            }
        }
        Substitution substitution = new Substitution(parameters);
        List<Expanded> out = new ArrayList<>();
        List<Value> objects = template.root().get("objects").items();
        for (int i = 0; i < objects.size(); i++) {
            Value object = substitution.value(objects.get(i));
            if (substitution.tooLargeAt != null) {
                return new Expansion(List.of(), substitution.tooLargeAt);
            }
            out.add(new Expanded(template.pointer() + "/objects/" + i, object));
        }
        return new Expansion(out, null);
    }

    /** The parameters' defaults put in, within one budget for the whole Template. */
    private static final class Substitution {
        private final Map<String, String> parameters;
        private final ExpansionBudget budget = new ExpansionBudget();
        private Value tooLargeAt;

        Substitution(Map<String, String> parameters) {
            this.parameters = parameters;
        }

        Value value(Value v) {
            if (tooLargeAt != null) {
                return v;
            }
            if (v instanceof MapValue map) {
                String[] keys = new String[map.size()];
                Value[] values = new Value[map.size()];
                int[] positions = new int[map.size() * 2];
                for (int i = 0; i < map.size(); i++) {
                    keys[i] = map.key(i);
                    values[i] = value(map.value(i));
                    positions[2 * i] = map.keyLine(i);
                    positions[2 * i + 1] = map.keyColumn(i);
                }
                return new MapValue(keys, values, positions, map.line(), map.column());
            }
            if (v instanceof ListValue list) {
                List<Value> items = new ArrayList<>();
                list.items().forEach(item -> items.add(value(item)));
                return new ListValue(items, list.line(), list.column());
            }
            if (v instanceof ScalarValue s && s.value() instanceof String text && text.contains("${")) {
                Matcher typed = TYPED.matcher(text);
                boolean within;
                Object value;
                if (typed.matches()) {
                    String parameter = parameters.get(typed.group(1));
                    within = budget.spend(parameter == null ? "" : parameter);
                    value = typedValue(parameter);
                } else {
                    value = budget.substituteText(text, this::defaultOf);
                    within = value != null;
                }
                if (!within) {
                    tooLargeAt = s;
                    return v;
                }
                return new ScalarValue(value, s.line(), s.column());
            }
            return v;
        }

        private String defaultOf(String parameter) {
            String value = parameters.get(parameter);
            return value == null ? "placeholder" : value;
        }
    }

    private static Object typedValue(String text) {
        if (text == null) {
            return 1L;
        }
        String t = text.trim();
        if (INTEGER.matcher(t).matches()) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                return new java.math.BigInteger(t);
            }
        }
        if (DECIMAL.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        return t.equals("null") ? null : t;
    }
}
