package org.maestroperf.deploy.validator.rules.server;

import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.rules.NameSyntax;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Value;

/** Pod-level fields: restart and DNS policies, DNS config, tolerations, affinity, names and deadlines. */
final class PodSpecRules {

    static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");
    static final List<String> DNS_POLICIES = List.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None");
    private static final Set<String> LONG_RUNNING = Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "ReplicationController");

    private PodSpecRules() {
    }

    /** Pods may use any policy; controllers of long-running pods only Always; Jobs (and CronJobs) only OnFailure or Never. */
    static final class RestartPolicy extends ServerRule {
        RestartPolicy() {
            super("server-restart-policy", "restartPolicy is Always, OnFailure or Never; Always for Deployments and the like, OnFailure or Never for Jobs");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of();
        }

        @Override
        void pod(PodSpec p, Errors errors) {
            String kind = p.manifest().kind();
            FieldPath at = p.at().child("restartPolicy");
            String policy = Fields.string(p.spec().get("restartPolicy"));
            if (Fields.isSet(p.spec().get("restartPolicy")) && policy == null) {
                return; // not a string: the schema's to report
            }
            String effective = policy == null || policy.isEmpty() ? "Always" : policy;
            if (kind.equals("Job") || kind.equals("CronJob")) {
                if (effective.equals("Always")) {
                    errors.required(p.manifest(), at, "valid values: \"OnFailure\", \"Never\"");
                } else if (!effective.equals("OnFailure") && !effective.equals("Never")) {
                    errors.notSupported(p.manifest(), at, effective, List.of("OnFailure", "Never"));
                }
            } else if (LONG_RUNNING.contains(kind)) {
                if (!effective.equals("Always")) {
                    errors.notSupported(p.manifest(), at, effective, List.of("Always"));
                }
            } else if (!RESTART_POLICIES.contains(effective)) {
                errors.notSupported(p.manifest(), at, effective, RESTART_POLICIES);
            }
        }
    }

    static final class DnsPolicy extends PodRule {
        DnsPolicy() {
            super("server-dns-policy", "dnsPolicy is ClusterFirstWithHostNet, ClusterFirst, Default or None (None with a dnsConfig naming a nameserver)");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            String policy = Fields.string(spec.get("dnsPolicy"));
            if (policy != null && !policy.isEmpty() && !DNS_POLICIES.contains(policy)) {
                errors.notSupported(m, at.child("dnsPolicy"), policy, DNS_POLICIES);
            }
            if ("None".equals(policy)) {
                if (!Fields.isSet(spec.get("dnsConfig"))) {
                    errors.required(m, at.child("dnsConfig"), "must provide `dnsConfig` when `dnsPolicy` is None");
                } else if (spec.path("dnsConfig", "nameservers").items().isEmpty()) {
                    errors.required(m, at.child("dnsConfig", "nameservers"), "must provide at least one DNS nameserver when `dnsPolicy` is None");
                }
            }
        }
    }

    static final class DnsConfig extends PodRule {
        DnsConfig() {
            super("server-dns-config", "dnsConfig has at most 3 nameservers (IP addresses) and valid search domains (relaxed from Kubernetes 1.33 on)");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            Value config = spec.get("dnsConfig");
            FieldPath p = at.child("dnsConfig");
            List<Value> nameservers = config.get("nameservers").items();
            if (nameservers.size() > 3) {
                errors.invalid(m, p.child("nameservers"), nameservers.size() + " nameservers", "must not have more than 3 nameservers");
            }
            for (int i = 0; i < nameservers.size(); i++) {
                String ns = Fields.string(nameservers.get(i));
                if (ns != null && !Syntax.ip(ns)) {
                    errors.invalid(m, p.child("nameservers").index(i), ns, "must be valid IP address");
                }
            }
            List<Value> searches = config.get("searches").items();
            int maxPaths = errors.version.atLeast(1, 28) ? 32 : 6;
            int maxChars = errors.version.atLeast(1, 28) ? 2048 : 256;
            if (searches.size() > maxPaths) {
                errors.invalid(m, p.child("searches"), searches.size() + " search paths", "must not have more than " + maxPaths + " search paths");
            }
            int chars = -1;
            for (int i = 0; i < searches.size(); i++) {
                String search = Fields.string(searches.get(i));
                if (search == null) {
                    continue;
                }
                chars += search.length() + 1;
                String problem = Syntax.dnsSearch(search, errors.version);
                if (problem != null) {
                    errors.invalid(m, p.child("searches").index(i), search, problem);
                }
            }
            if (chars > maxChars) {
                errors.invalid(m, p.child("searches"), chars + " characters",
                        "must not have more than " + maxChars + " characters (including spaces) in the search list");
            }
            List<Value> options = config.get("options").items();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).get("name").textOr("").isEmpty()) {
                    errors.required(m, p.child("options").index(i), "must not be empty");
                }
            }
        }
    }

    static final class Tolerations extends PodRule {
        private static final List<String> EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");

        Tolerations() {
            super("server-toleration", "tolerations use Equal or Exists (Exists without a value, and for an empty key), a known effect, tolerationSeconds only with NoExecute");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            List<Value> tolerations = spec.get("tolerations").items();
            for (int i = 0; i < tolerations.size(); i++) {
                Value t = tolerations.get(i);
                FieldPath p = at.child("tolerations").index(i);
                String key = t.get("key").textOr("");
                String operator = t.get("operator").textOr("");
                String value = t.get("value").textOr("");
                String effect = t.get("effect").textOr("");
                if (!key.isEmpty() && NameSyntax.qualifiedNameProblem(key) != null) {
                    errors.invalid(m, p.child("key"), key, "name part " + NameSyntax.qualifiedNameProblem(key).substring("has an ".length()));
                }
                if (key.isEmpty() && !operator.equals("Exists")) {
                    errors.invalid(m, p.child("operator"), operator, "operator must be Exists when `key` is empty, which means \"match all values and all keys\"");
                }
                if (Fields.isSet(t.get("tolerationSeconds")) && !effect.equals("NoExecute")) {
                    errors.invalid(m, p.child("effect"), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set");
                }
                switch (operator) {
                    case "Equal", "" -> {
                        if (!value.isEmpty() && (value.length() > 63 || !NameSyntax.labelName(value))) {
                            errors.invalid(m, p.child("operator"), value, "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");
                        }
                    }
                    case "Exists" -> {
                        if (!value.isEmpty()) {
                            errors.invalid(m, p.child("operator"), value, "value must be empty when `operator` is 'Exists'");
                        }
                    }
                    default -> errors.notSupported(m, p.child("operator"), operator, List.of("Equal", "Exists"));
                }
                if (!effect.isEmpty() && !EFFECTS.contains(effect)) {
                    errors.notSupported(m, p.child("effect"), effect, EFFECTS);
                }
            }
        }
    }

    static final class Affinity extends PodRule {
        Affinity() {
            super("server-affinity", "affinity terms: node selector terms present, valid operators and values, weights 1-100, pod terms with a topologyKey");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            Value affinity = spec.get("affinity");
            FieldPath a = at.child("affinity");
            Value node = affinity.get("nodeAffinity");
            Value required = node.get("requiredDuringSchedulingIgnoredDuringExecution");
            if (Fields.isSet(required)) {
                FieldPath r = a.child("nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution");
                List<Value> terms = required.get("nodeSelectorTerms").items();
                if (terms.isEmpty()) {
                    errors.required(m, r.child("nodeSelectorTerms"), "must have at least one node selector term");
                }
                for (int i = 0; i < terms.size(); i++) {
                    nodeTerm(m, terms.get(i), r.child("nodeSelectorTerms").index(i), errors);
                }
            }
            List<Value> preferred = node.get("preferredDuringSchedulingIgnoredDuringExecution").items();
            for (int i = 0; i < preferred.size(); i++) {
                FieldPath p = a.child("nodeAffinity", "preferredDuringSchedulingIgnoredDuringExecution").index(i);
                weight(m, preferred.get(i), p, errors);
                nodeTerm(m, preferred.get(i).get("preference"), p.child("preference"), errors);
            }
            for (String kind : List.of("podAffinity", "podAntiAffinity")) {
                List<Value> hard = affinity.path(kind, "requiredDuringSchedulingIgnoredDuringExecution").items();
                for (int i = 0; i < hard.size(); i++) {
                    podTerm(m, hard.get(i), a.child(kind, "requiredDuringSchedulingIgnoredDuringExecution").index(i), errors);
                }
                List<Value> soft = affinity.path(kind, "preferredDuringSchedulingIgnoredDuringExecution").items();
                for (int i = 0; i < soft.size(); i++) {
                    FieldPath p = a.child(kind, "preferredDuringSchedulingIgnoredDuringExecution").index(i);
                    weight(m, soft.get(i), p, errors);
                    podTerm(m, soft.get(i).get("podAffinityTerm"), p.child("podAffinityTerm"), errors);
                }
            }
        }

        private static void weight(Manifest m, Value weighted, FieldPath at, Errors errors) {
            Long w = Fields.integer(weighted.get("weight"));
            if (w != null && (w < 1 || w > 100)) {
                errors.invalid(m, at.child("weight"), w, "must be in the range 1-100");
            }
        }

        private static void nodeTerm(Manifest m, Value term, FieldPath at, Errors errors) {
            List<Value> expressions = term.get("matchExpressions").items();
            for (int i = 0; i < expressions.size(); i++) {
                Value e = expressions.get(i);
                FieldPath p = at.child("matchExpressions").index(i);
                String operator = e.get("operator").textOr("");
                List<Value> values = e.get("values").items();
                switch (operator) {
                    case "In", "NotIn" -> {
                        if (values.isEmpty()) {
                            errors.required(m, p.child("values"), "must be specified when `operator` is 'In' or 'NotIn'");
                        }
                    }
                    case "Exists", "DoesNotExist" -> {
                        if (!values.isEmpty()) {
                            errors.forbidden(m, p.child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                        }
                    }
                    case "Gt", "Lt" -> {
                        if (values.size() != 1) {
                            errors.required(m, p.child("values"), "must be specified single value when `operator` is 'Lt' or 'Gt'");
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

        private static void podTerm(Manifest m, Value term, FieldPath at, Errors errors) {
            String key = Fields.string(term.get("topologyKey"));
            if (key == null || key.isEmpty()) {
                errors.required(m, at.child("topologyKey"), "can not be empty");
            } else if (NameSyntax.qualifiedNameProblem(key) != null) {
                errors.invalid(m, at.child("topologyKey"), key, "name part " + NameSyntax.qualifiedNameProblem(key).substring("has an ".length()));
            }
            List<Value> namespaces = term.get("namespaces").items();
            for (int i = 0; i < namespaces.size(); i++) {
                String ns = namespaces.get(i).textOr("");
                if (ns.length() > 63 || !NameSyntax.dns1123Label(ns)) {
                    errors.invalid(m, at.child("namespaces").index(i), ns, Messages.DNS1123_LABEL);
                }
            }
        }
    }

    static final class PodFields extends PodRule {
        PodFields() {
            super("server-pod-fields", "activeDeadlineSeconds is positive; hostname, subdomain, serviceAccountName, nodeName, priorityClassName and nodeSelector are valid names");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            Long deadline = Fields.integer(spec.get("activeDeadlineSeconds"));
            if (deadline != null && LONG_RUNNING.contains(m.kind())) {
                errors.forbidden(m, at.child("activeDeadlineSeconds"), "activeDeadlineSeconds in " + m.kind() + " is not Supported");
            } else if (deadline != null && (deadline < 1 || deadline > Integer.MAX_VALUE)) {
                errors.invalid(m, at.child("activeDeadlineSeconds"), deadline, "must be between 1 and 2147483647, inclusive");
            }
            for (String field : List.of("hostname", "subdomain")) {
                String name = Fields.string(spec.get(field));
                if (name != null && !name.isEmpty() && (name.length() > 63 || !NameSyntax.dns1123Label(name))) {
                    errors.invalid(m, at.child(field), name, Messages.DNS1123_LABEL);
                }
            }
            for (String field : List.of("serviceAccountName", "nodeName", "priorityClassName", "schedulerName")) {
                String name = Fields.string(spec.get(field));
                if (name != null && !name.isEmpty() && !field.equals("schedulerName") && (name.length() > 253 || !NameSyntax.dns1123Subdomain(name))) {
                    errors.invalid(m, at.child(field), name, Messages.DNS1123_SUBDOMAIN);
                }
            }
            if (spec.get("nodeSelector") instanceof MapValue selector) {
                for (int i = 0; i < selector.size(); i++) {
                    String key = selector.key(i);
                    String problem = NameSyntax.qualifiedNameProblem(key);
                    if (problem != null) {
                        errors.invalid(m, at.child("nodeSelector").key(key), key, "name part " + problem.substring("has an ".length()));
                    }
                    String value = selector.value(i).textOr("");
                    if (!value.isEmpty() && (value.length() > 63 || !NameSyntax.labelName(value))) {
                        errors.invalid(m, at.child("nodeSelector").key(key), value, "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");
                    }
                }
            }
            List<Value> aliases = spec.get("hostAliases").items();
            for (int i = 0; i < aliases.size(); i++) {
                String ip = aliases.get(i).get("ip").textOr("");
                if (!Syntax.ip(ip)) {
                    errors.invalid(m, at.child("hostAliases").index(i).child("ip"), ip, "must be valid IP address");
                }
            }
        }
    }

    static final class SecurityContext extends PodRule {
        private static final List<String> SECCOMP = List.of("Localhost", "RuntimeDefault", "Unconfined");

        SecurityContext() {
            super("server-security-context", "user and group ids are 0-2147483647, allowPrivilegeEscalation false goes with neither privileged nor CAP_SYS_ADMIN, seccomp and fsGroupChangePolicy are valid");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            Value pod = spec.get("securityContext");
            FieldPath p = at.child("securityContext");
            ids(m, pod, p, List.of("runAsUser", "runAsGroup", "fsGroup"), errors);
            List<Value> groups = pod.get("supplementalGroups").items();
            for (int i = 0; i < groups.size(); i++) {
                Long g = Fields.integer(groups.get(i));
                if (g != null && (g < 0 || g > Integer.MAX_VALUE)) {
                    errors.invalid(m, p.child("supplementalGroups").index(i), g, Messages.ID_RANGE);
                }
            }
            String change = Fields.string(pod.get("fsGroupChangePolicy"));
            if (change != null && !change.equals("OnRootMismatch") && !change.equals("Always")) {
                errors.notSupported(m, p.child("fsGroupChangePolicy"), change, List.of("OnRootMismatch", "Always"));
            }
            if (Fields.isTrue(pod.get("shareProcessNamespace")) && Fields.isTrue(spec.get("hostPID"))) {
                errors.invalid(m, p.child("shareProcessNamespace"), true, "ShareProcessNamespace and HostPID cannot both be enabled");
            }
            seccomp(m, pod.get("seccompProfile"), p.child("seccompProfile"), errors);
            for (Containers c : containers) {
                Value sc = c.value().get("securityContext");
                FieldPath cp = c.at().child("securityContext");
                ids(m, sc, cp, List.of("runAsUser", "runAsGroup"), errors);
                seccomp(m, sc.get("seccompProfile"), cp.child("seccompProfile"), errors);
                if ("false".equals(sc.get("allowPrivilegeEscalation").text())) {
                    if (Fields.isTrue(sc.get("privileged"))) {
                        errors.invalid(m, cp, "", "cannot set `allowPrivilegeEscalation` to false and `privileged` to true");
                    }
                    for (Value cap : sc.path("capabilities", "add").items()) {
                        if ("CAP_SYS_ADMIN".equals(cap.text())) {
                            errors.invalid(m, cp, "", "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN");
                        }
                    }
                }
            }
        }

        private static void ids(Manifest m, Value context, FieldPath at, List<String> fields, Errors errors) {
            for (String field : fields) {
                Long id = Fields.integer(context.get(field));
                if (id != null && (id < 0 || id > Integer.MAX_VALUE)) {
                    errors.invalid(m, at.child(field), id, Messages.ID_RANGE);
                }
            }
        }

        private static void seccomp(Manifest m, Value profile, FieldPath at, Errors errors) {
            if (!Fields.isSet(profile)) {
                return;
            }
            String type = profile.get("type").textOr("");
            boolean hasLocal = !profile.get("localhostProfile").textOr("").isEmpty();
            if (!SECCOMP.contains(type)) {
                errors.notSupported(m, at.child("type"), type, SECCOMP);
            } else if (type.equals("Localhost") && !hasLocal) {
                errors.required(m, at.child("localhostProfile"), "must be set when seccomp type is Localhost");
            } else if (!type.equals("Localhost") && hasLocal) {
                errors.invalid(m, at.child("localhostProfile"), profile.get("localhostProfile").textOr(""), "can only be set when seccomp type is Localhost");
            }
        }
    }
}
