package org.maestroperf.deploy.validator.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The objects of an OpenShift Template as {@code oc process} would produce them with every
 * parameter at its default: {@code ${NAME}} is replaced inside strings, {@code ${{NAME}}} (a whole
 * value) by the default read as a YAML scalar, so {@code "${{REPLICAS}}"} becomes the number 2.
 * A parameter without a value (required, or generated) becomes {@code placeholder}, or the
 * number 1 where a typed value is expected.
 */
final class TemplateObjects {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)\\}");
    private static final Pattern TYPED = Pattern.compile("^\\$\\{\\{([A-Za-z0-9_]+)\\}\\}$");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)([eE][-+]?[0-9]+)?");

    /** One object of the template: its pointer in the YAML document and its content (null if not a mapping). */
    record Expanded(String pointer, Value root) {
    }

    private TemplateObjects() {
    }

    static List<Expanded> expand(Manifest template) {
        Map<String, String> parameters = new HashMap<>();
        for (Value p : template.root().get("parameters").items()) {
            String name = p.get("name").text();
            if (name != null) {
                parameters.put(name, p.get("value").text());
            }
        }
        List<Expanded> out = new ArrayList<>();
        List<Value> objects = template.root().get("objects").items();
        for (int i = 0; i < objects.size(); i++) {
            out.add(new Expanded(template.pointer() + "/objects/" + i, substitute(objects.get(i), parameters)));
        }
        return out;
    }

    private static Value substitute(Value v, Map<String, String> parameters) {
        if (v instanceof MapValue map) {
            String[] keys = new String[map.size()];
            Value[] values = new Value[map.size()];
            int[] positions = new int[map.size() * 2];
            for (int i = 0; i < map.size(); i++) {
                keys[i] = map.key(i);
                values[i] = substitute(map.value(i), parameters);
                positions[2 * i] = map.keyLine(i);
                positions[2 * i + 1] = map.keyColumn(i);
            }
            return new MapValue(keys, values, positions, map.line(), map.column());
        }
        if (v instanceof ListValue list) {
            List<Value> items = new ArrayList<>();
            list.items().forEach(item -> items.add(substitute(item, parameters)));
            return new ListValue(items, list.line(), list.column());
        }
        if (v instanceof ScalarValue s && s.value() instanceof String text && text.contains("${")) {
            Matcher typed = TYPED.matcher(text);
            if (typed.matches()) {
                return new ScalarValue(typedValue(parameters.get(typed.group(1))), s.line(), s.column());
            }
            Matcher m = REFERENCE.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String value = parameters.get(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? "placeholder" : value));
            }
            m.appendTail(sb);
            return new ScalarValue(sb.toString(), s.line(), s.column());
        }
        return v;
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
