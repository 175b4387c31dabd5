package org.maestroperf.deploy.validator.rules.server;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/** Container environment: variable names and envFrom prefixes, and where a value comes from. */
final class EnvRules {

    /** The pod fields the downward API gives an environment variable. */
    static final List<String> FIELD_PATHS = List.of("metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName",
            "spec.serviceAccountName", "status.hostIP", "status.podIP", "status.podIPs");
    static final List<String> RESOURCE_FIELDS = List.of("limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu",
            "requests.ephemeral-storage", "requests.memory");

    private EnvRules() {
    }

    static final class Name extends PodRule {
        Name() {
            super("server-env-name", "environment variable names and envFrom prefixes are valid (relaxed from Kubernetes 1.32 on)");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            for (Containers c : containers) {
                List<Value> env = c.value().get("env").items();
                for (int i = 0; i < env.size(); i++) {
                    String name = Fields.string(env.get(i).get("name"));
                    FieldPath p = c.at().child("env").index(i).child("name");
                    if (name != null && name.isEmpty()) {
                        errors.required(m, p, "");
                    } else if (name != null && Syntax.envVarName(name, errors.version) != null) {
                        errors.invalid(m, p, name, Syntax.envVarName(name, errors.version));
                    }
                }
                List<Value> envFrom = c.value().get("envFrom").items();
                for (int i = 0; i < envFrom.size(); i++) {
                    String prefix = Fields.string(envFrom.get(i).get("prefix"));
                    if (prefix != null && !prefix.isEmpty() && Syntax.envVarName(prefix, errors.version) != null) {
                        errors.invalid(m, c.at().child("envFrom").index(i).child("prefix"), prefix, Syntax.envVarName(prefix, errors.version));
                    }
                }
            }
        }
    }

    static final class ValueFrom extends PodRule {
        ValueFrom() {
            super("server-env-value-from", "env valueFrom has exactly one source and no value beside it; envFrom exactly one of configMapRef and secretRef");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            for (Containers c : containers) {
                List<Value> env = c.value().get("env").items();
                for (int i = 0; i < env.size(); i++) {
                    Value valueFrom = env.get(i).get("valueFrom");
                    if (!Fields.isSet(valueFrom)) {
                        continue;
                    }
                    FieldPath p = c.at().child("env").index(i).child("valueFrom");
                    List<String> sources = new ArrayList<>();
                    for (String source : List.of("fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef")) {
                        if (Fields.isSet(valueFrom.get(source))) {
                            sources.add(source);
                        }
                    }
                    if (sources.isEmpty()) {
                        errors.invalid(m, p, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`");
                    } else if (!env.get(i).get("value").textOr("").isEmpty()) {
                        errors.invalid(m, p, "", "may not be specified when `value` is not empty");
                    } else if (sources.size() > 1) {
                        errors.invalid(m, p, "", "may not have more than one field specified at a time");
                    }
                    source(m, valueFrom, p, errors);
                }
                List<Value> envFrom = c.value().get("envFrom").items();
                for (int i = 0; i < envFrom.size(); i++) {
                    int n = (Fields.isSet(envFrom.get(i).get("configMapRef")) ? 1 : 0) + (Fields.isSet(envFrom.get(i).get("secretRef")) ? 1 : 0);
                    if (n == 0) {
                        errors.invalid(m, c.at().child("envFrom"), "", "must specify one of: `configMapRef` or `secretRef`");
                    } else if (n > 1) {
                        errors.invalid(m, c.at().child("envFrom"), "", "may not have more than one field specified at a time");
                    }
                }
            }
        }

        private static void source(Manifest m, Value valueFrom, FieldPath p, Errors errors) {
            Value fieldRef = valueFrom.get("fieldRef");
            String fieldPath = Fields.string(fieldRef.get("fieldPath"));
            if (fieldPath != null) {
                int bracket = fieldPath.indexOf('[');
                String base = bracket < 0 ? fieldPath : fieldPath.substring(0, bracket);
                boolean subscripted = bracket >= 0 && (base.equals("metadata.labels") || base.equals("metadata.annotations"));
                if (fieldPath.isEmpty()) {
                    errors.required(m, p.child("fieldRef", "fieldPath"), "");
                } else if (!subscripted && !FIELD_PATHS.contains(fieldPath)) {
                    errors.notSupported(m, p.child("fieldRef", "fieldPath"), fieldPath, FIELD_PATHS);
                }
            }
            String resource = Fields.string(valueFrom.path("resourceFieldRef", "resource"));
            if (resource != null && !RESOURCE_FIELDS.contains(resource) && !resource.startsWith("requests.hugepages-")
                    && !resource.startsWith("limits.hugepages-")) {
                errors.notSupported(m, p.child("resourceFieldRef", "resource"), resource, RESOURCE_FIELDS);
            }
            for (String ref : List.of("configMapKeyRef", "secretKeyRef")) {
                Value r = valueFrom.get(ref);
                if (Fields.isSet(r)) {
                    String key = Fields.string(r.get("key"));
                    if (key != null && key.isEmpty()) {
                        errors.required(m, p.child(ref, "key"), "");
                    } else if (key != null && Syntax.configKey(key) != null) {
                        errors.invalid(m, p.child(ref, "key"), key, Syntax.configKey(key));
                    }
                    if (r.get("name").textOr("").isEmpty()) {
                        errors.required(m, p.child(ref, "name"), "");
                    }
                }
            }
        }
    }
}
