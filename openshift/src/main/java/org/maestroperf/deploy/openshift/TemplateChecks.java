package org.maestroperf.deploy.openshift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.maestroperf.deploy.openshift.TemplateFinding.Severity;

/**
 * Lints an OpenShift Template (as a plain tree, read from YAML or JSON) for the mistakes that make
 * one misbehave or serve catalog users badly. Pure: no I/O, no exceptions for bad input.
 */
public final class TemplateChecks {

    /** The annotations the web console's catalog shows. */
    public static final List<String> CATALOG_ANNOTATIONS = List.of("openshift.io/display-name", "description", "tags",
            "iconClass", "openshift.io/provider-display-name", "openshift.io/documentation-url", "openshift.io/support-url");

    private TemplateChecks() {
    }

    /** Every finding, in template order; empty for a clean template. */
    public static List<TemplateFinding> check(Object tree) {
        List<TemplateFinding> findings = new ArrayList<>();
        if (!(tree instanceof Map<?, ?> template) || !"Template".equals(template.get("kind"))) {
            findings.add(error("template/not-a-template", List.of(), "not a Template (kind: Template)"));
            return findings;
        }
        Object apiVersion = template.get("apiVersion");
        if (!"template.openshift.io/v1".equals(apiVersion) && !"v1".equals(apiVersion)) {
            findings.add(error("template/api-version", List.of("apiVersion"),
                    "apiVersion is '" + apiVersion + "', expected template.openshift.io/v1"));
        }
        Map<String, Map<?, ?>> declared = parameters(template, findings);
        Set<String> used = new LinkedHashSet<>();
        objects(template, declared, used, findings);
        labelsAndMessage(template, declared, used, findings);
        catalog(template, findings);
        declared.forEach((name, p) -> {
            if (!used.contains(name)) {
                findings.add(warning("template/unused-parameter", List.of("parameters", indexOf(template, name)),
                        "parameter " + name + " is declared but never used: setting it changes nothing"));
            }
        });
        return findings;
    }

    private static Map<String, Map<?, ?>> parameters(Map<?, ?> template, List<TemplateFinding> findings) {
        Map<String, Map<?, ?>> declared = new LinkedHashMap<>();
        if (!(template.get("parameters") instanceof List<?> list)) {
            if (template.get("parameters") != null) {
                findings.add(error("template/parameters", List.of("parameters"), "parameters must be a list"));
            }
            return declared;
        }
        ExpressionGenerator generator = new ExpressionGenerator(new Random(0));
        for (int i = 0; i < list.size(); i++) {
            List<Object> at = List.of("parameters", i);
            if (!(list.get(i) instanceof Map<?, ?> p) || !(p.get("name") instanceof String name)
                    || !ParameterRefs.NAME.matcher(name).matches()) {
                findings.add(error("template/parameter-name", at, "a parameter needs a name of letters, digits and _"));
                continue;
            }
            if (declared.putIfAbsent(name, p) != null) {
                findings.add(error("template/duplicate-parameter", at, "parameter " + name + " is declared twice"));
            }
            Object value = p.get("value");
            if (value != null && !(value instanceof String)) {
                findings.add(error("template/parameter-value-type", append(at, "value"), "the value of " + name
                        + " must be a string (quote it: \"" + value + "\"); oc refuses other types"));
            }
            boolean generated = p.get("generate") != null;
            if (generated && !"expression".equals(p.get("generate"))) {
                findings.add(error("template/generator", append(at, "generate"),
                        "unknown generator '" + p.get("generate") + "' (only 'expression' exists)"));
            } else if (generated) {
                try {
                    generator.generate(String.valueOf(p.get("from")));
                } catch (IllegalArgumentException e) {
                    findings.add(error("template/generate-from", append(at, "from"), name + ": " + e.getMessage()));
                }
            }
            if (Boolean.TRUE.equals(p.get("required")) && (value == null || "".equals(value)) && !generated) {
                findings.add(warning("template/required-without-value", at, "parameter " + name
                        + " is required and has neither a value nor a generator: every instantiation must give it"));
            }
            if (p.get("description") == null || String.valueOf(p.get("description")).isBlank()) {
                findings.add(warning("template/parameter-description", at, "parameter " + name + " has no description"));
            }
            if (p.get("displayName") == null || String.valueOf(p.get("displayName")).isBlank()) {
                findings.add(warning("template/parameter-display-name", at, "parameter " + name + " has no displayName"));
            }
        }
        return declared;
    }

    private static void objects(Map<?, ?> template, Map<String, Map<?, ?>> declared, Set<String> used,
                                List<TemplateFinding> findings) {
        if (!(template.get("objects") instanceof List<?> objects)) {
            findings.add(error("template/objects", List.of("objects"), "objects must be a list"));
            return;
        }
        for (int i = 0; i < objects.size(); i++) {
            if (!(objects.get(i) instanceof Map<?, ?> object)) {
                findings.add(error("template/objects", List.of("objects", i), "not a mapping"));
                continue;
            }
            if (object.get("metadata") instanceof Map<?, ?> m && m.get("namespace") instanceof String ns
                    && !ns.contains("${")) {
                findings.add(warning("template/hard-coded-namespace", List.of("objects", i, "metadata", "namespace"),
                        "namespace '" + ns + "' is dropped when the template is processed; leave it out"));
            }
            walk(object, object, new ArrayList<>(), List.of("objects", i), declared, used, findings);
        }
    }

    private static void walk(Map<?, ?> object, Object node, List<Object> path, List<Object> prefix,
                             Map<String, Map<?, ?>> declared, Set<String> used, List<TemplateFinding> findings) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                references(key, append(prefix, path.toArray()), declared, used, findings);
                path.add(key);
                walk(object, e.getValue(), path, prefix, declared, used, findings);
                path.remove(path.size() - 1);
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                path.add(i);
                walk(object, l.get(i), path, prefix, declared, used, findings);
                path.remove(path.size() - 1);
            }
        } else if (node instanceof String s && s.contains("${")) {
            List<Object> at = append(prefix, path.toArray());
            references(s, at, declared, used, findings);
            FieldType type = FieldTypes.of(object.get("apiVersion"), object.get("kind"), path);
            String whole = ParameterRefs.wholeValue(s);
            for (String name : ParameterRefs.embeddedWhole(s)) {
                findings.add(error("template/embedded-typed-reference", at, "${{" + name
                        + "}} is only replaced when it is the whole value; use ${" + name + "} inside text"));
            }
            if (whole == null && !ParameterRefs.textNames(s).isEmpty() && type.rejectsText()) {
                findings.add(error("template/text-in-typed-field", at, "this field needs " + type.describe()
                        + ", but ${...} always gives a string; write \"" + ParameterRefs.whole(
                        ParameterRefs.textNames(s).iterator().next()) + "\" as the whole value"));
            }
            if (whole != null && declared.get(whole) != null) {
                defaultFits(declared.get(whole), type, at, findings);
            }
        }
    }

    /** A typed reference's default must fit the field, or processing with the defaults fails. */
    private static void defaultFits(Map<?, ?> parameter, FieldType type, List<Object> at, List<TemplateFinding> findings) {
        if (!(parameter.get("value") instanceof String value) || value.isEmpty() || parameter.get("generate") != null) {
            return;
        }
        boolean fits = JsonValue.isJson(value) ? type.accepts(JsonValue.parse(value))
                : type.acceptsText() || type == FieldType.UNKNOWN;
        if (!fits) {
            findings.add(error("template/default-does-not-fit", at, "the default '" + value + "' of "
                    + parameter.get("name") + " is not " + type.describe() + ", which this field needs"));
        }
    }

    private static void references(String s, List<Object> at, Map<String, Map<?, ?>> declared, Set<String> used,
                                   List<TemplateFinding> findings) {
        for (String name : ParameterRefs.names(s)) {
            used.add(name);
            if (!declared.containsKey(name)) {
                findings.add(error("template/undeclared-parameter", at, "${" + name
                        + "} is not a declared parameter: it would stay in the output as written"));
            }
        }
    }

    private static void labelsAndMessage(Map<?, ?> template, Map<String, Map<?, ?>> declared, Set<String> used,
                                         List<TemplateFinding> findings) {
        if (template.get("labels") instanceof Map<?, ?> labels) {
            labels.forEach((k, v) -> {
                references(String.valueOf(k), List.of("labels"), declared, used, findings);
                references(String.valueOf(v), List.of("labels", String.valueOf(k)), declared, used, findings);
            });
        }
        if (!(template.get("message") instanceof String message) || message.isBlank()) {
            findings.add(warning("template/message", List.of("message"),
                    "no message: users are not told what to do after instantiation"));
            return;
        }
        for (String name : ParameterRefs.names(message)) {
            used.add(name);
            if (!declared.containsKey(name)) {
                findings.add(error("template/message-parameter", List.of("message"), "the message names ${" + name
                        + "}, which is not a declared parameter"));
            }
        }
    }

    private static void catalog(Map<?, ?> template, List<TemplateFinding> findings) {
        Map<?, ?> annotations = template.get("metadata") instanceof Map<?, ?> m && m.get("annotations") instanceof Map<?, ?> a
                ? a : Map.of();
        for (String key : CATALOG_ANNOTATIONS) {
            if (annotations.get(key) == null || String.valueOf(annotations.get(key)).isBlank()) {
                findings.add(warning("template/catalog-annotation", List.of("metadata", "annotations"),
                        "catalog annotation " + key + " is missing"));
            }
        }
    }

    private static List<Object> append(List<Object> path, Object... more) {
        List<Object> out = new ArrayList<>(path);
        out.addAll(List.of(more));
        return List.copyOf(out);
    }

    /** The index of a declared parameter among the template's parameters. */
    private static int indexOf(Map<?, ?> template, String name) {
        List<?> list = (List<?>) template.get("parameters");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> p && name.equals(p.get("name"))) {
                return i;
            }
        }
        return -1;
    }

    private static TemplateFinding error(String rule, List<Object> path, String message) {
        return new TemplateFinding(Severity.ERROR, rule, path, message);
    }

    private static TemplateFinding warning(String rule, List<Object> path, String message) {
        return new TemplateFinding(Severity.WARNING, rule, path, message);
    }
}
