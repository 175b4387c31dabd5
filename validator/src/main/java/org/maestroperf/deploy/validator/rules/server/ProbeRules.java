package org.maestroperf.deploy.validator.rules.server;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/** Probes and lifecycle hooks: one action each, sensible numbers, valid ports; none on init containers. */
final class ProbeRules {

    static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");
    private static final List<String> PROBE_ACTIONS = List.of("exec", "httpGet", "tcpSocket", "grpc");
    private static final List<String> HOOK_ACTIONS = List.of("exec", "httpGet", "tcpSocket", "sleep");

    private ProbeRules() {
    }

    static final class Handler extends PodRule {
        Handler() {
            super("server-probe-handler", "probes and lifecycle hooks have exactly one action; init containers (but sidecars) have neither");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            for (Containers c : containers) {
                for (String probe : PROBES) {
                    Value v = c.value().get(probe);
                    if (!Fields.isSet(v)) {
                        continue;
                    }
                    if (c.init() && !(c.sidecar() && errors.version.atLeast(1, 29))) {
                        errors.invalid(m, c.at().child(probe), "", "must not be set for init containers");
                        continue;
                    }
                    actions(m, v, c.at().child(probe), PROBE_ACTIONS, errors);
                }
                Value lifecycle = c.value().get("lifecycle");
                if (Fields.isSet(lifecycle) && c.init() && !(c.sidecar() && errors.version.atLeast(1, 29))) {
                    errors.invalid(m, c.at().child("lifecycle"), "", "must not be set for init containers");
                    continue;
                }
                for (String hook : List.of("postStart", "preStop")) {
                    if (Fields.isSet(lifecycle.get(hook))) {
                        actions(m, lifecycle.get(hook), c.at().child("lifecycle", hook), HOOK_ACTIONS, errors);
                    }
                }
            }
        }

        private static void actions(Manifest m, Value handler, FieldPath at, List<String> known, Errors errors) {
            List<String> set = new ArrayList<>();
            for (String action : known) {
                if (Fields.isSet(handler.get(action))) {
                    set.add(action);
                }
            }
            if (set.isEmpty()) {
                errors.required(m, at, "must specify a handler type");
            }
            for (int i = 1; i < set.size(); i++) {
                errors.forbidden(m, at.child(set.get(i)), "may not specify more than 1 handler type");
            }
            Value exec = handler.get("exec");
            if (Fields.isSet(exec) && exec.get("command").items().isEmpty()) {
                errors.required(m, at.child("exec", "command"), "");
            }
        }
    }

    static final class Values extends PodRule {
        Values() {
            super("server-probe-values", "probe counts and delays are not negative, liveness and startup success thresholds 1, ports and schemes valid");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            Long grace = Fields.integer(spec.get("terminationGracePeriodSeconds"));
            for (Containers c : containers) {
                for (String probe : PROBES) {
                    Value v = c.value().get(probe);
                    if (!Fields.isSet(v)) {
                        continue;
                    }
                    FieldPath p = c.at().child(probe);
                    for (String field : List.of("initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold")) {
                        Long n = Fields.integer(v.get(field));
                        if (n != null && n < 0) {
                            errors.invalid(m, p.child(field), n, Messages.NON_NEGATIVE);
                        }
                    }
                    Long success = Fields.integer(v.get("successThreshold"));
                    // 0 is defaulted to 1 before validation
                    if (!probe.equals("readinessProbe") && success != null && success != 0 && success != 1) {
                        errors.invalid(m, p.child("successThreshold"), success, "must be 1");
                    }
                    action(m, v, p, errors);
                }
                Value lifecycle = c.value().get("lifecycle");
                for (String hook : List.of("postStart", "preStop")) {
                    action(m, lifecycle.get(hook), c.at().child("lifecycle", hook), errors);
                    Long seconds = Fields.integer(lifecycle.path(hook, "sleep", "seconds"));
                    long limit = grace == null ? 30 : grace;
                    long min = errors.version.atLeast(1, 33) ? 0 : 1; // PodLifecycleSleepActionAllowZero, beta in 1.33
                    if (seconds != null && (seconds < min || seconds > limit)) {
                        errors.invalid(m, c.at().child("lifecycle", hook, "sleep", "seconds"), seconds,
                                "must be " + (min == 0 ? "non-negative" : "greater than 0") + " and less than terminationGracePeriodSeconds (" + limit + ")");
                    }
                }
            }
        }

        private static void action(Manifest m, Value handler, FieldPath at, Errors errors) {
            for (String action : List.of("httpGet", "tcpSocket")) {
                Object port = Fields.intOrString(handler.path(action, "port"));
                String problem = Syntax.portNumberOrName(port);
                if (problem != null) {
                    errors.invalid(m, at.child(action, "port"), port, problem);
                }
            }
            String scheme = Fields.string(handler.path("httpGet", "scheme"));
            if (scheme != null && !scheme.isEmpty() && !scheme.equals("HTTP") && !scheme.equals("HTTPS")) {
                errors.notSupported(m, at.child("httpGet", "scheme"), scheme, List.of("HTTP", "HTTPS"));
            }
        }
    }
}
