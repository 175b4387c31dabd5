package org.maestroperf.deploy.validator.rules.server;

import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.rules.NameSyntax;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Value;

/**
 * Deployments, ReplicaSets, StatefulSets and DaemonSets: replicas, selectors, update strategies and
 * rollout counts. Whether the selector matches the template is {@code selector-match}'s.
 */
final class WorkloadRules {

    static final Set<String> CONTROLLERS = Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet");
    private static final String PERCENT = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

    private WorkloadRules() {
    }

    static final class Replicas extends ServerRule {
        Replicas() {
            super("server-replicas", "spec.replicas of Deployments, ReplicaSets, StatefulSets and ReplicationControllers is not negative");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("Deployment", "ReplicaSet", "StatefulSet", "ReplicationController");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (List.of("Deployment", "ReplicaSet", "StatefulSet", "ReplicationController").contains(kind)) {
                nonNegative(m, m.root().get("spec"), FieldPath.ROOT.child("spec"), "replicas", errors);
            }
        }
    }

    static final class SelectorRequired extends ServerRule {
        SelectorRequired() {
            super("server-selector-required", "Deployments, ReplicaSets, StatefulSets and DaemonSets have a non-empty spec.selector");
        }

        @Override
        Set<String> objectKinds() {
            return CONTROLLERS;
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (!CONTROLLERS.contains(kind) || !m.group().equals("apps")) {
                return;
            }
            Value selector = m.root().path("spec", "selector");
            FieldPath at = FieldPath.ROOT.child("spec", "selector");
            if (!Fields.isSet(selector)) {
                errors.required(m, at, "");
            } else if (selector instanceof MapValue && size(selector.get("matchLabels")) + selector.get("matchExpressions").items().size() == 0) {
                String name = kind.equals("ReplicaSet") ? "deployment" : kind.toLowerCase(java.util.Locale.ROOT);
                errors.invalid(m, at, "{}", "empty selector is invalid for " + name);
            }
        }

        private static int size(Value v) {
            return v instanceof MapValue map ? map.size() : 0;
        }
    }

    /** matchExpressions of label selectors: workloads, Jobs, PVCs, pod affinity terms, topology spread constraints. */
    static final class LabelSelector extends ServerRule {
        LabelSelector() {
            super("server-label-selector", "label selector expressions use In, NotIn (with values), Exists or DoesNotExist (without) and valid keys");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "PersistentVolumeClaim");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (CONTROLLERS.contains(kind) || kind.equals("Job") || kind.equals("PersistentVolumeClaim")) {
                selector(m, m.root().path("spec", "selector"), FieldPath.ROOT.child("spec", "selector"), errors);
            }
        }

        @Override
        void pod(PodSpec p, Errors errors) {
            if (p.validated()) {
                FieldPath spec = p.at();
                for (String kind : List.of("podAffinity", "podAntiAffinity")) {
                    FieldPath a = spec.child("affinity", kind);
                    List<Value> hard = p.spec().path("affinity", kind, "requiredDuringSchedulingIgnoredDuringExecution").items();
                    for (int i = 0; i < hard.size(); i++) {
                        selector(p.manifest(), hard.get(i).get("labelSelector"),
                                a.child("requiredDuringSchedulingIgnoredDuringExecution").index(i).child("labelSelector"), errors);
                    }
                    List<Value> soft = p.spec().path("affinity", kind, "preferredDuringSchedulingIgnoredDuringExecution").items();
                    for (int i = 0; i < soft.size(); i++) {
                        selector(p.manifest(), soft.get(i).path("podAffinityTerm", "labelSelector"),
                                a.child("preferredDuringSchedulingIgnoredDuringExecution").index(i).child("podAffinityTerm", "labelSelector"), errors);
                    }
                }
                List<Value> spread = p.spec().get("topologySpreadConstraints").items();
                for (int i = 0; i < spread.size(); i++) {
                    selector(p.manifest(), spread.get(i).get("labelSelector"), spec.child("topologySpreadConstraints").index(i).child("labelSelector"), errors);
                }
            }
        }

        private static void selector(Manifest m, Value selector, FieldPath at, Errors errors) {
            List<Value> expressions = selector.get("matchExpressions").items();
            for (int i = 0; i < expressions.size(); i++) {
                Value e = expressions.get(i);
                FieldPath p = at.child("matchExpressions").index(i);
                String operator = e.get("operator").textOr("");
                int values = e.get("values").items().size();
                switch (operator) {
                    case "In", "NotIn" -> {
                        if (values == 0) {
                            errors.required(m, p.child("values"), "must be specified when `operator` is 'In' or 'NotIn'");
                        }
                    }
                    case "Exists", "DoesNotExist" -> {
                        if (values > 0) {
                            errors.forbidden(m, p.child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                        }
                    }
                    default -> errors.invalid(m, p.child("operator"), operator, "not a valid selector operator");
                }
                String key = e.get("key").textOr("");
                String problem = NameSyntax.qualifiedNameProblem(key);
                if (problem != null) {
                    errors.invalid(m, p.child("key"), key, "name part " + problem.substring("has an ".length()));
                }
            }
        }
    }

    static final class UpdateStrategy extends ServerRule {
        UpdateStrategy() {
            super("server-update-strategy", "Deployment strategy, StatefulSet and DaemonSet updateStrategy and podManagementPolicy are valid, rolling update amounts too");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("Deployment", "StatefulSet", "DaemonSet");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (kind.equals("Deployment")) {
                Value strategy = m.root().path("spec", "strategy");
                FieldPath at = FieldPath.ROOT.child("spec", "strategy");
                String type = Fields.string(strategy.get("type"));
                if (type == null || type.equals("RollingUpdate")) {
                    Value rolling = strategy.get("rollingUpdate");
                    if (Fields.isSet(rolling)) {
                        FieldPath r = at.child("rollingUpdate");
                        Object unavailable = amount(m, rolling.get("maxUnavailable"), r.child("maxUnavailable"), errors);
                        Object surge = amount(m, rolling.get("maxSurge"), r.child("maxSurge"), errors);
                        if (zero(unavailable) && zero(surge)) {
                            errors.invalid(m, r.child("maxUnavailable"), unavailable, "may not be 0 when `maxSurge` is 0");
                        }
                        notOver100(m, unavailable, r.child("maxUnavailable"), errors);
                    }
                } else if (type.equals("Recreate")) {
                    if (Fields.isSet(strategy.get("rollingUpdate"))) {
                        errors.forbidden(m, at.child("rollingUpdate"), "may not be specified when strategy `type` is 'Recreate'");
                    }
                } else {
                    errors.notSupported(m, at.child("type"), type, List.of("Recreate", "RollingUpdate"));
                }
            }
            if (kind.equals("StatefulSet")) {
                Value spec = m.root().get("spec");
                String policy = Fields.string(spec.get("podManagementPolicy"));
                if (policy != null && !policy.isEmpty() && !policy.equals("OrderedReady") && !policy.equals("Parallel")) {
                    errors.invalid(m, FieldPath.ROOT.child("spec", "podManagementPolicy"), policy, "must be 'OrderedReady' or 'Parallel'");
                }
                FieldPath at = FieldPath.ROOT.child("spec", "updateStrategy");
                String type = Fields.string(spec.path("updateStrategy", "type"));
                if ("OnDelete".equals(type) && Fields.isSet(spec.path("updateStrategy", "rollingUpdate"))) {
                    errors.invalid(m, at.child("rollingUpdate"), "", "only allowed for updateStrategy 'RollingUpdate'");
                } else if (type != null && !type.isEmpty() && !type.equals("OnDelete") && !type.equals("RollingUpdate")) {
                    errors.notSupported(m, at.child("type"), type, List.of("OnDelete", "RollingUpdate"));
                }
                nonNegative(m, spec.path("updateStrategy", "rollingUpdate"), at.child("rollingUpdate"), "partition", errors);
            }
            if (kind.equals("DaemonSet")) {
                Value strategy = m.root().path("spec", "updateStrategy");
                FieldPath at = FieldPath.ROOT.child("spec", "updateStrategy");
                String type = Fields.string(strategy.get("type"));
                if (type == null || type.equals("RollingUpdate")) {
                    Value rolling = strategy.get("rollingUpdate");
                    if (Fields.isSet(rolling) && Fields.isSet(rolling.get("maxUnavailable"))) {
                        FieldPath r = at.child("rollingUpdate", "maxUnavailable");
                        Object unavailable = amount(m, rolling.get("maxUnavailable"), r, errors);
                        if (zero(unavailable) && !(errors.version.atLeast(1, 22) && nonZero(rolling.get("maxSurge")))) {
                            errors.invalid(m, r, unavailable, "cannot be 0");
                        }
                        notOver100(m, unavailable, r, errors);
                    }
                } else if (!type.equals("OnDelete")) {
                    errors.notSupported(m, at.child("type"), type, List.of("OnDelete", "RollingUpdate"));
                }
            }
        }

        /** An int-or-percent amount: its value if valid (a Long or a percentage String), reporting what is not. */
        private static Object amount(Manifest m, Value v, FieldPath at, Errors errors) {
            Object amount = Fields.intOrString(v);
            if (amount instanceof Long n && n < 0) {
                errors.invalid(m, at, n, Messages.NON_NEGATIVE);
            } else if (amount instanceof String s && !s.matches("[0-9]+%")) {
                errors.invalid(m, at, s, PERCENT);
            }
            return amount;
        }

        private static boolean zero(Object amount) {
            return amount instanceof Long n && n == 0 || amount instanceof String s && s.matches("0+%");
        }

        private static boolean nonZero(Value v) {
            Object amount = Fields.intOrString(v);
            return amount != null && !zero(amount);
        }

        private static void notOver100(Manifest m, Object amount, FieldPath at, Errors errors) {
            if (amount instanceof String s && s.matches("[0-9]+%") && (s.length() > 4 || Integer.parseInt(s.substring(0, s.length() - 1)) > 100)) {
                errors.invalid(m, at, s, "must not be greater than 100%");
            }
        }
    }

    static final class Counts extends ServerRule {
        Counts() {
            super("server-workload-counts", "minReadySeconds and revisionHistoryLimit are not negative; progressDeadlineSeconds exceeds minReadySeconds");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("Deployment", "DaemonSet", "StatefulSet", "ReplicaSet");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (!kind.equals("Deployment") && !kind.equals("DaemonSet") && !kind.equals("StatefulSet") && !kind.equals("ReplicaSet")) {
                return;
            }
            Value spec = m.root().get("spec");
            FieldPath at = FieldPath.ROOT.child("spec");
            // StatefulSet's minReadySeconds arrived in 1.22, its revisionHistoryLimit is unvalidated
            if (!kind.equals("StatefulSet") || errors.version.atLeast(1, 22)) {
                nonNegative(m, spec, at, "minReadySeconds", errors);
            }
            if (kind.equals("Deployment") || kind.equals("DaemonSet")) {
                nonNegative(m, spec, at, "revisionHistoryLimit", errors);
            }
            Long deadline = Fields.integer(spec.get("progressDeadlineSeconds"));
            if (kind.equals("Deployment") && deadline != null) {
                Long minReady = Fields.integer(spec.get("minReadySeconds"));
                if (deadline < 0) {
                    errors.invalid(m, at.child("progressDeadlineSeconds"), deadline, Messages.NON_NEGATIVE);
                }
                if (deadline <= (minReady == null ? 0 : minReady)) {
                    errors.invalid(m, at.child("progressDeadlineSeconds"), deadline, "must be greater than minReadySeconds");
                }
            }
        }
    }

    static void nonNegative(Manifest m, Value parent, FieldPath parentAt, String field, ServerRule.Errors errors) {
        Long n = Fields.integer(parent.get(field));
        if (n != null && n < 0) {
            errors.invalid(m, parentAt.child(field), n, Messages.NON_NEGATIVE);
        }
    }
}
