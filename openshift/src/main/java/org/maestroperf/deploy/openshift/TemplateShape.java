package org.maestroperf.deploy.openshift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maestroperf.deploy.diag.UserException;

/**
 * The parts of a Template tree processing needs, checked for the shape oc requires: kind Template,
 * {@code objects} a list of mappings, {@code parameters} a list of mappings with unique names.
 */
record TemplateShape(List<Map<String, Object>> parameters, List<Map<?, ?>> objects,
                     Map<String, Object> labels, String message) {

    @SuppressWarnings("unchecked")
    static TemplateShape of(String source, Object tree) {
        List<String> problems = new ArrayList<>();
        if (!(tree instanceof Map<?, ?> template)) {
            throw new UserException(source + ": not a Template (a YAML mapping with kind: Template)");
        }
        if (!"Template".equals(template.get("kind"))) {
            throw new UserException(source + ": kind is '" + template.get("kind") + "', expected Template");
        }
        List<Map<String, Object>> parameters = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Object declared = template.get("parameters");
        if (declared != null && !(declared instanceof List<?>)) {
            problems.add(source + ": parameters must be a list");
        } else if (declared != null) {
            List<?> list = (List<?>) declared;
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> p) || !(p.get("name") instanceof String name)) {
                    problems.add(source + ": parameters[" + i + "] has no name");
                } else if (!ParameterRefs.NAME.matcher(name).matches()) {
                    problems.add(source + ": parameters[" + i + "]: name '" + name + "' may only hold letters, digits and _");
                } else if (!names.add(name)) {
                    problems.add(source + ": parameters[" + i + "]: parameter " + name + " is declared twice");
                } else {
                    parameters.add((Map<String, Object>) p);
                }
            }
        }
        List<Map<?, ?>> objects = new ArrayList<>();
        Object items = template.get("objects");
        if (!(items instanceof List<?> list)) {
            problems.add(source + ": objects must be a list");
        } else {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> m) {
                    objects.add(m);
                } else {
                    problems.add(source + ": objects[" + i + "] is not a mapping");
                }
            }
        }
        Map<String, Object> labels = new LinkedHashMap<>();
        if (template.get("labels") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> labels.put(String.valueOf(k), v));
        } else if (template.get("labels") != null) {
            problems.add(source + ": labels must be a mapping");
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        Object message = template.get("message");
        return new TemplateShape(parameters, objects, labels, message == null ? null : String.valueOf(message));
    }

    Set<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>();
        parameters.forEach(p -> names.add((String) p.get("name")));
        return names;
    }
}
