package org.maestroperf.deploy.validator.rules.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.rules.ManifestSet;
import org.maestroperf.deploy.validator.rules.Rule;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;
import org.maestroperf.deploy.validator.source.Manifest;

/**
 * A check the Kubernetes API server makes beyond the OpenAPI schema, object by object: always an
 * error, since the server refuses the object. Findings are worded as the server words them
 * ({@code spec.replicas: Invalid value: -1: must be greater than or equal to 0}) so that they can
 * be searched for, after our {@code Kind/name:}.
 */
abstract class ServerRule extends Rule {

    ServerRule(String id, String summary) {
        super(id, Severity.ERROR, summary);
    }

    /** The findings of this rule: all server rules run in one pass over the bundle, the first to ask runs it. */
    @Override
    public final List<Finding> check(ManifestSet manifests) {
        return manifests.shared(ServerRules.class, () -> ServerRules.run(manifests)).getOrDefault(id(), List.of());
    }

    /** Adds to {@code errors} what the API server would refuse in one object, of {@code kind} (every object comes here once). */
    void object(Manifest m, String kind, Errors errors) {
    }

    /** The kinds {@link #object} looks at: null for every kind (the pass calls it only for these). */
    Set<String> objectKinds() {
        return null;
    }

    /** Adds to {@code errors} what the API server would refuse in one pod spec (every pod spec comes here once). */
    void pod(PodSpec pod, Errors errors) {
    }

    Errors errors(KubernetesVersion version) {
        return new Errors(version);
    }

    /**
     * The findings of one run, in the API server's field error forms (its {@code field.Error}
     * types: Invalid value, Required value, Duplicate value, Unsupported value, Forbidden, Not
     * found, Too long), and the Kubernetes version checked against.
     */
    final class Errors {

        final KubernetesVersion version;
        private final List<Finding> findings = new ArrayList<>();

        private Errors(KubernetesVersion version) {
            this.version = version;
        }

        List<Finding> findings() {
            return findings;
        }

        void invalid(Manifest m, FieldPath at, Object value, String detail) {
            add(m, at, "Invalid value: " + render(value) + (detail.isEmpty() ? "" : ": " + detail));
        }

        void required(Manifest m, FieldPath at, String detail) {
            add(m, at, "Required value" + (detail.isEmpty() ? "" : ": " + detail));
        }

        void duplicate(Manifest m, FieldPath at, Object value) {
            add(m, at, "Duplicate value: " + render(value));
        }

        void notSupported(Manifest m, FieldPath at, Object value, List<String> supported) {
            List<String> quoted = supported.stream().map(ServerRule::quote).toList();
            add(m, at, "Unsupported value: " + render(value) + ": supported values: " + String.join(", ", quoted));
        }

        void forbidden(Manifest m, FieldPath at, String detail) {
            add(m, at, "Forbidden: " + detail);
        }

        void notFound(Manifest m, FieldPath at, Object value) {
            add(m, at, "Not found: " + render(value));
        }

        void tooLong(Manifest m, FieldPath at, long maxBytes) {
            add(m, at, "Too long: must have at most " + maxBytes + " bytes");
        }

        private void add(Manifest m, FieldPath at, String body) {
            findings.add(finding(m, at.pointer(), at.path() + ": " + body));
        }
    }

    /** A value as the server prints it: strings quoted, numbers and booleans bare. */
    static String render(Object value) {
        return value instanceof String s ? quote(s) : String.valueOf(value);
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
