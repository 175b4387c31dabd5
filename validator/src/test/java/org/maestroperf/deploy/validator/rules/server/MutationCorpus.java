package org.maestroperf.deploy.validator.rules.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.maestroperf.deploy.validator.source.Pointers;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The mutation corpus the server-side rules are measured by: the valid objects of
 * {@code server-validation/bases.yaml}, each as it is (so that false positives count), and
 * hundreds of copies with one field changed, valid changes and invalid ones alike. Fixed
 * mutations come from the table below; a seeded random number generator adds more values and picks
 * which workload a pod-template mutation lands in, so the corpus is the same on every run
 * ({@link #SEED}). Every case has an id and a digest of its YAML, so a recorded verdict is tied to
 * exactly the object the server saw.
 */
final class MutationCorpus {

    static final long SEED = 13;
    /** Removes the field instead of setting it. */
    static final Object REMOVE = new Object();

    /**
     * One object to judge.
     *
     * @param differs when not null, the verdict Kubernetes 1.30 and 1.33 give where the oracle (1.20)
     *                differs, with why (see docs/rules.md)
     */
    record Case(String id, String category, String yaml, String digest, VersionDifference differs) {
    }

    /** A verdict that changed after 1.20: what 1.30 and 1.33 say and why. */
    record VersionDifference(boolean acceptedOn130, boolean acceptedOn133, String why) {
    }

    private record Mutation(String category, String base, String pointer, List<Object> values, VersionDifference differs) {
    }

    private static final String[] POD_HOSTS = {"pod", "deployment", "statefulset", "daemonset", "replicaset", "job", "cronjob"};

    private MutationCorpus() {
    }

    static List<Case> cases() {
        Map<String, Map<String, Object>> bases = bases();
        Random random = new Random(SEED);
        List<Case> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> base : bases.entrySet()) {
            out.add(make("valid-" + base.getKey(), "valid", base.getValue(), null));
        }
        int n = 0;
        for (Mutation m : mutations(random)) {
            for (Object value : m.values()) {
                String base = m.base();
                String pointer = m.pointer();
                if (base.equals("template")) {
                    base = POD_HOSTS[random.nextInt(POD_HOSTS.length)];
                    pointer = templateSpec(base) + pointer;
                }
                Map<String, Object> object = deepCopy(bases.get(base));
                set(object, pointer, value);
                out.add(make(String.format("%s-%03d", m.category(), ++n), m.category(), object, m.differs()));
            }
        }
        return out;
    }

    private static String templateSpec(String host) {
        return switch (host) {
            case "pod" -> "/spec";
            case "cronjob" -> "/spec/jobTemplate/spec/template/spec";
            default -> "/spec/template/spec";
        };
    }

    /** The mutations: category, base object, JSON pointer ("template" bases: relative to a pod spec), values. */
    private static List<Mutation> mutations(Random r) {
        List<Mutation> out = new ArrayList<>();
        // metadata
        add(out, "metadata", "configmap", "/metadata/name", "settings", "", REMOVE, "a.b-c", "Bad_Name", "-x", "x".repeat(254));
        add(out, "metadata", "configmap", "/metadata/namespace", "default", "Default", "under_score", "x".repeat(64));
        add(out, "metadata", "service", "/metadata/annotations", map("example.com/a", "1"), map("a/b/c", "x"),
                map("Example.COM/Owner", "x"), map("-bad", "x"), map("example.com/", "x"), map("ok_key.1", "v"),
                map("example.com/big", "x".repeat(256 * 1024)), map("example.com/big", "x".repeat(256 * 1024 - 20)));
        add(out, "metadata", "deployment", "/spec/template/metadata/annotations", map("bad key", "x"), map("prometheus.io/scrape", "true"));
        add(out, "metadata", "cronjob", "/metadata/name", "c".repeat(52), "c".repeat(53));
        add(out, "metadata", "pod", "/metadata/labels", map("app", "bad value"), map("app.kubernetes.io/name", "corpus"));
        // containers
        add(out, "container", "pod", "/spec/containers/1/name", "app", "init", "sidecar-2", "Sidecar", "side_car", "");
        add(out, "container", "pod", "/spec/initContainers/0/name", "app", "setup");
        add(out, "container", "pod", "/spec/containers", List.of());
        add(out, "container", "pod", "/spec/containers/1/image", "", "nginx:1.27", REMOVE);
        add(out, "container", "template", "/containers/0/image", "", "registry.example.com/app:1.0");
        add(out, "container", "template", "/containers/0/imagePullPolicy", "Always", "Never", "IfNotPresent", "always", "Sometimes", "");
        add(out, "container", "pod", "/spec/containers/0/terminationMessagePolicy", "FallbackToLogsOnError", "Logs", "file");
        add(out, "container", "pod", "/spec/initContainers/0/readinessProbe", map("exec", map("command", List.of("true"))));
        add(out, "container", "pod", "/spec/initContainers/0/lifecycle", map("preStop", map("exec", map("command", List.of("true")))));
        // ports
        List<Object> ports = new ArrayList<>(List.of(1L, 65535L, 0L, 65536L, -1L, 70000L));
        ports.add((long) (1 + r.nextInt(65535)));
        ports.add((long) (65536 + r.nextInt(100000)));
        add(out, "port", "pod", "/spec/containers/0/ports/0/containerPort", ports.toArray());
        add(out, "port", "pod", "/spec/containers/0/ports/0/hostPort", 8080L, 0L, 65536L, -5L);
        add(out, "port", "pod", "/spec/containers/0/ports/0/name", "web", "h", "HTTP", "http-1", "-http", "http-", "a--b", "12345",
                "abcdefghijklmnop", "abcdefghijklmno", "my_port", "");
        add(out, "port", "pod", "/spec/containers/0/ports/0/protocol", "UDP", "SCTP", "tcp", "HTTP", "");
        add(out, "port", "pod", "/spec/containers/0/ports", List.of(map("name", "a", "containerPort", 80L), map("name", "a", "containerPort", 81L)),
                List.of(map("containerPort", 80L, "hostPort", 80L), map("containerPort", 81L, "hostPort", 80L)),
                List.of(map("containerPort", 80L, "hostPort", 80L), map("containerPort", 81L, "hostPort", 80L, "protocol", "UDP")),
                List.of(map("containerPort", 80L), map("containerPort", 80L)));
        add(out, "port", "pod", "/spec/containers/1/ports", List.of(map("containerPort", 90L, "hostPort", 8080L)));
        // env
        add(out, "env", "pod", "/spec/containers/0/env/0/name", "MY_VAR", "my.var", "my-var", "_X", "", "A=B");
        addDiffering(out, "env", "pod", "/spec/containers/0/env/0/name", (new VersionDifference(false, true,
                "RelaxedEnvironmentVariableValidation (beta in 1.32): any printable ASCII but '='")), "1ABC", "X:Y", "a@b", "MY VAR", "$HOME");
        add(out, "env", "pod", "/spec/containers/0/env/1/valueFrom", map(), map("fieldRef", map("fieldPath", "spec.nodeName")),
                map("fieldRef", map("fieldPath", "metadata.labels['app']")), map("fieldRef", map("fieldPath", "metadata.labels")),
                map("fieldRef", map("fieldPath", "status.phase")),
                map("resourceFieldRef", map("resource", "limits.memory")), map("resourceFieldRef", map("resource", "limits.gpu")),
                map("configMapKeyRef", map("name", "settings", "key", "bad key")), map("secretKeyRef", map("name", "s", "key", "k")),
                map("fieldRef", map("fieldPath", "metadata.name"), "secretKeyRef", map("name", "s", "key", "k")));
        addDiffering(out, "env", "pod", "/spec/containers/0/envFrom/0", new VersionDifference(false, true,
                "RelaxedEnvironmentVariableValidation (beta in 1.32) covers envFrom prefixes too"), map("prefix", "1CFG", "configMapRef", map("name", "settings")));
        add(out, "env", "pod", "/spec/containers/0/env/1/value", "also-set", "");
        add(out, "env", "pod", "/spec/containers/0/envFrom/0", map(), map("prefix", "CFG_", "configMapRef", map("name", "settings")),
                map("configMapRef", map("name", "a"), "secretRef", map("name", "b")));
        // volumes
        add(out, "volume", "pod", "/spec/volumes/0/name", "data-2", "Data", "data.1", "config", "");
        add(out, "volume", "pod", "/spec/volumes/0/emptyDir", REMOVE);
        add(out, "volume", "pod", "/spec/volumes/0/hostPath", map("path", "/tmp"), map("path", "", "type", "Directory"));
        add(out, "volume", "pod", "/spec/volumes/0/emptyDir/sizeLimit", "-1Gi", "500Mi", "1Gx", 0L);
        add(out, "volume", "pod", "/spec/volumes/1/configMap/name", "", "other");
        add(out, "volume", "pod", "/spec/volumes/1/configMap/defaultMode", 0777L, 0L, 01000L, -1L, 511L, 512L);
        add(out, "volume", "pod", "/spec/volumes/1/configMap/items/0/path", "sub/app.properties", "/abs", "../up", "a/../b", "..data", "", "a/..");
        add(out, "volume", "pod", "/spec/volumes/1/configMap/items/0/key", "", "other.key");
        add(out, "volume", "pod", "/spec/volumes/1/configMap/items/0/mode", 0400L, 0x200L);
        add(out, "volume", "pod", "/spec/volumes/1", map("name", "config", "secret", map()), map("name", "config", "secret", map("secretName", "s")),
                map("name", "config", "persistentVolumeClaim", map("claimName", "")),
                map("name", "config", "downwardAPI", map("items", List.of(map("path", "/labels", "fieldRef", map("fieldPath", "metadata.labels"))))));
        add(out, "volume", "pod", "/spec/containers/0/volumeMounts/0/name", "missing", "config", "");
        add(out, "volume", "pod", "/spec/containers/0/volumeMounts/0/mountPath", "/etc/app", "/var/data", "");
        add(out, "volume", "pod", "/spec/containers/0/volumeMounts/0/subPath", "sub", "/abs", "../x", "a/b");
        // probes
        add(out, "probe", "pod", "/spec/containers/0/readinessProbe/tcpSocket/port", 0L, 65536L, "http", "nope", "HTTP", 443L);
        add(out, "probe", "pod", "/spec/containers/0/readinessProbe", map(), map("periodSeconds", 5L),
                map("exec", map("command", List.of("true")), "tcpSocket", map("port", 80L)),
                map("exec", map("command", List.of())), map("httpGet", map("port", 80L, "scheme", "FTP")),
                map("httpGet", map("port", 80L, "scheme", "HTTPS")));
        for (String field : List.of("initialDelaySeconds", "timeoutSeconds", "periodSeconds", "failureThreshold")) {
            add(out, "probe", "pod", "/spec/containers/0/livenessProbe/" + field, -1L, 0L, (long) r.nextInt(100));
        }
        add(out, "probe", "pod", "/spec/containers/0/livenessProbe/successThreshold", 2L, 0L, -1L);
        add(out, "probe", "pod", "/spec/containers/0/readinessProbe/successThreshold", 3L, -2L);
        add(out, "probe", "pod", "/spec/containers/0/lifecycle/preStop", map(), map("httpGet", map("port", 99999L)),
                map("tcpSocket", map("port", 8080L)));
        // resources
        add(out, "resources", "pod", "/spec/containers/0/resources/requests/memory", "128Mi", "129Mi", "1Gi", "4Gi", "64M", "-1Mi", "1Gx", "lots",
                "1.5Gi", "1e6", "0");
        add(out, "resources", "pod", "/spec/containers/0/resources/requests/cpu", "200m", "201m", "0.2", "0.3", "2", "1.", ".5", "1m5", "-100m", "100mi");
        add(out, "resources", "pod", "/spec/containers/0/resources/limits/cpu", "1e3", "50m", "0", "abc", 2L);
        add(out, "resources", "pod", "/spec/containers/0/resources/requests", map("gpu", "1"), map("example.com/gpu", "1"),
                map("example.com/gpu", "0.5"), map("ephemeral-storage", "1Gi"), map("storage", "1Gi"), map("Memory", "1Gi"),
                map("kubernetes.io/foo", "1"), map("requests.example.com/x", "1"));
        add(out, "resources", "pod", "/spec/containers/1/resources", map("requests", map("example.com/gpu", "1"), "limits", map("example.com/gpu", "2")),
                map("requests", map("example.com/gpu", "2"), "limits", map("example.com/gpu", "2")),
                map("limits", map("example.com/gpu", "1")),
                map("requests", map("hugepages-2Mi", "2Mi", "memory", "1Gi"), "limits", map("hugepages-2Mi", "2Mi", "memory", "1Gi")),
                map("requests", map("memory", "2Gi"), "limits", map("memory", "1Gi")));
        add(out, "resources", "deployment", "/spec/template/spec/containers/0/resources/limits/memory", "32Mi", "64Mi", "1G");
        // security
        add(out, "security", "pod", "/spec/containers/0/securityContext/runAsUser", 0L, -1L, 2147483647L, 2147483648L);
        add(out, "security", "pod", "/spec/containers/0/securityContext", map("allowPrivilegeEscalation", false, "capabilities", map("add", List.of("CAP_SYS_ADMIN"))),
                map("allowPrivilegeEscalation", false, "capabilities", map("add", List.of("NET_ADMIN"))),
                map("runAsGroup", -3L), map("seccompProfile", map("type", "RuntimeDefault")),
                map("seccompProfile", map("type", "Localhost")), map("seccompProfile", map("type", "Strict")),
                map("seccompProfile", map("type", "RuntimeDefault", "localhostProfile", "p.json")));
        add(out, "security", "pod", "/spec/securityContext/fsGroup", -1L, 0L, 4294967296L);
        add(out, "security", "pod", "/spec/securityContext/supplementalGroups", List.of(1L, 2L), List.of(-1L));
        add(out, "security", "pod", "/spec/securityContext/fsGroupChangePolicy", "OnRootMismatch", "Sometimes");
        // pod
        add(out, "pod", "pod", "/spec/restartPolicy", "Never", "OnFailure", "always", "Sometimes", "");
        add(out, "pod", "template", "/restartPolicy", "Always", "Never", "OnFailure", "Forever");
        add(out, "pod", "template", "/dnsPolicy", "Default", "ClusterFirstWithHostNet", "clusterfirst", "Custom", "None");
        add(out, "pod", "pod", "/spec/dnsConfig", map("nameservers", List.of("1.1.1.1")), map("nameservers", List.of("dns.example.com")),
                map("nameservers", List.of("1.1.1.1", "8.8.8.8", "9.9.9.9", "8.8.4.4")), map("nameservers", List.of("2001:db8::1")),
                map("searches", List.of("svc.cluster.local", "example.com.")), map("searches", List.of("Bad.Domain")),
                map("options", List.of(map("name", "ndots", "value", "2"))),
                map("options", List.of(map("value", "2"))));
        addDiffering(out, "pod", "pod", "/spec/dnsConfig", (new VersionDifference(true, true,
                "searches beyond 6 (up to 32) and 256 characters (up to 2048): ExpandedDNSConfig, GA in 1.28")), map("searches", List.of("a", "b", "c", "d", "e", "f", "g")),
                map("searches", List.of("x".repeat(100), "y".repeat(100), "z".repeat(100))));
        addDiffering(out, "pod", "pod", "/spec/dnsConfig", (new VersionDifference(false, true,
                "RelaxedDNSSearchValidation (beta in 1.33): '_' in search domains")), map("searches", List.of("_srv.example.com")));
        add(out, "pod", "pod", "/spec/activeDeadlineSeconds", 1L, 0L, -5L, 3600L);
        add(out, "pod", "pod", "/spec/hostname", "web-0", "Web", "a.b");
        add(out, "pod", "pod", "/spec/subdomain", "svc", "bad_sub");
        add(out, "pod", "pod", "/spec/serviceAccountName", "default", "Builder");
        add(out, "pod", "pod", "/spec/nodeSelector", map("disktype", "ssd"), map("bad key!", "x"), map("zone", "bad value"));
        add(out, "pod", "pod", "/spec/hostAliases", List.of(map("ip", "10.0.0.1", "hostnames", List.of("db"))), List.of(map("ip", "db", "hostnames", List.of("db"))));
        add(out, "pod", "pod", "/spec/tolerations/0", map("operator", "Exists"), map("key", "k", "operator", "Exists", "value", "v"),
                map("key", "k", "operator", "Equal", "value", "v", "effect", "NoExecute", "tolerationSeconds", 60L),
                map("key", "k", "operator", "Equal", "value", "v", "effect", "NoSchedule", "tolerationSeconds", 60L),
                map("key", "k", "operator", "Matches", "value", "v"), map("key", "k", "value", "v", "effect", "Sometimes"),
                map("value", "v"), map("key", "bad key", "operator", "Exists"), map("key", "k", "value", "bad value"));
        add(out, "pod", "pod", "/spec/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms", List.of(),
                List.of(map("matchExpressions", List.of(map("key", "zone", "operator", "Exists")))),
                List.of(map("matchExpressions", List.of(map("key", "zone", "operator", "In")))),
                List.of(map("matchExpressions", List.of(map("key", "zone", "operator", "Exists", "values", List.of("a"))))),
                List.of(map("matchExpressions", List.of(map("key", "cpus", "operator", "Gt", "values", List.of("4"))))),
                List.of(map("matchExpressions", List.of(map("key", "cpus", "operator", "Lt", "values", List.of("4", "8"))))),
                List.of(map("matchExpressions", List.of(map("key", "zone", "operator", "Near", "values", List.of("a"))))));
        add(out, "pod", "pod", "/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/weight", 1L, 100L, 0L, 101L,
                (long) (1 + r.nextInt(100)));
        add(out, "pod", "pod", "/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/podAffinityTerm/topologyKey", "", "zone", "bad key");
        add(out, "pod", "pod", "/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/podAffinityTerm/labelSelector",
                map("matchExpressions", List.of(map("key", "app", "operator", "In", "values", List.of("a")))),
                map("matchExpressions", List.of(map("key", "app", "operator", "In"))),
                map("matchExpressions", List.of(map("key", "app", "operator", "Equals", "values", List.of("a")))));
        // workloads
        for (String base : List.of("deployment", "statefulset", "replicaset")) {
            add(out, "workload", base, "/spec/replicas", 0L, -1L, (long) r.nextInt(10), -(long) (2 + r.nextInt(100)));
        }
        add(out, "workload", "deployment", "/spec/selector", REMOVE, map(), map("matchLabels", map("app", "other")),
                map("matchExpressions", List.of(map("key", "app", "operator", "Exists"))),
                map("matchExpressions", List.of(map("key", "app", "operator", "In"))),
                map("matchExpressions", List.of(map("key", "app", "operator", "Exists", "values", List.of("x")))));
        add(out, "workload", "daemonset", "/spec/selector", map(), REMOVE);
        add(out, "workload", "statefulset", "/spec/selector/matchExpressions", List.of(map("key", "app", "operator", "NotIn", "values", List.of("x"))),
                List.of(map("key", "app", "operator", "Has")));
        add(out, "workload", "deployment", "/spec/strategy", map("type", "Recreate"), map("type", "Recreate", "rollingUpdate", map("maxSurge", 1L)),
                map("type", "BlueGreen"), map("type", "RollingUpdate", "rollingUpdate", map("maxSurge", 0L, "maxUnavailable", 0L)),
                map("rollingUpdate", map("maxSurge", "0%", "maxUnavailable", "0%")), map("rollingUpdate", map("maxUnavailable", "150%")),
                map("rollingUpdate", map("maxUnavailable", "50%", "maxSurge", "200%")), map("rollingUpdate", map("maxSurge", "ten")),
                map("rollingUpdate", map("maxSurge", -1L)));
        add(out, "workload", "deployment", "/spec/revisionHistoryLimit", 0L, -1L);
        add(out, "workload", "deployment", "/spec/minReadySeconds", 10L, -1L, 600L, 700L);
        add(out, "workload", "deployment", "/spec/progressDeadlineSeconds", 1L, 0L, -1L);
        add(out, "workload", "daemonset", "/spec/updateStrategy", map("type", "OnDelete"), map("type", "Rolling"),
                map("type", "RollingUpdate", "rollingUpdate", map("maxUnavailable", 0L)),
                map("type", "RollingUpdate", "rollingUpdate", map("maxUnavailable", "10%")),
                map("type", "RollingUpdate", "rollingUpdate", map("maxUnavailable", "101%")));
        add(out, "workload", "daemonset", "/spec/minReadySeconds", 5L, -5L);
        add(out, "workload", "daemonset", "/spec/revisionHistoryLimit", -2L);
        add(out, "workload", "statefulset", "/spec/podManagementPolicy", "Parallel", "parallel", "Burst");
        add(out, "workload", "statefulset", "/spec/updateStrategy", map("type", "OnDelete"), map("type", "OnDelete", "rollingUpdate", map("partition", 0L)),
                map("type", "RollingUpdate", "rollingUpdate", map("partition", -1L)), map("type", "Canary"));
        add(out, "workload", "statefulset", "/spec/volumeClaimTemplates/0/spec/accessModes", List.of(), List.of("ReadWriteMany"), List.of("WriteOnce"));
        // jobs
        add(out, "job", "job", "/spec/ttlSecondsAfterFinished", 0L, (long) (1 + r.nextInt(1000)));
        addDiffering(out, "job", "job", "/spec/ttlSecondsAfterFinished", new VersionDifference(false, false,
                "TTLAfterFinished is alpha (off) in 1.20, so the field is dropped; beta in 1.21, GA in 1.23"), -1L);
        for (String field : List.of("backoffLimit", "completions", "parallelism", "activeDeadlineSeconds")) {
            add(out, "job", "job", "/spec/" + field, 0L, -1L, (long) (1 + r.nextInt(1000)));
        }
        add(out, "job", "job", "/spec/selector", map("matchLabels", map("app", "x")), map("matchLabels", map("job-name", "job")));
        add(out, "job", "job", "/spec/manualSelector", true);
        add(out, "job", "job", "/spec/template/spec/restartPolicy", "OnFailure", "Always", REMOVE, "Sometimes");
        add(out, "cronjob", "cronjob", "/spec/schedule", "0 * * * *", "@hourly", "@daily", "@every 1h30m", "@every forever", "@fortnightly",
                "* * * *", "* * * * * *", "60 * * * *", "*/0 * * * *", "0 25 * * *", "0 0 0 * *", "0 0 * 13 *", "0 0 * * 7", "0 0 * * SUN",
                "0 0 1 JAN *", "5-1 * * * *", "1-2-3 * * * *", "*/5/2 * * * *", "? * * * *", "a * * * *", "TZ=UTC 0 * * * *",
                "0,15,30,45 * * * *", "1,,2 * * * *", "");
        add(out, "cronjob", "cronjob", "/spec/concurrencyPolicy", "Allow", "Replace", "forbid", "Never", "");
        add(out, "cronjob", "cronjob", "/spec/startingDeadlineSeconds", 0L, -10L);
        add(out, "cronjob", "cronjob", "/spec/successfulJobsHistoryLimit", 0L, -1L);
        add(out, "cronjob", "cronjob", "/spec/failedJobsHistoryLimit", -1L);
        add(out, "cronjob", "cronjob", "/spec/jobTemplate/spec/selector", map("matchLabels", map("app", "x")));
        add(out, "cronjob", "cronjob", "/spec/jobTemplate/spec/template/spec/restartPolicy", "Never", "Always");
        // services
        add(out, "service", "service", "/spec/type", "NodePort", "LoadBalancer", "Internal", "clusterip", "");
        add(out, "service", "service", "/spec/ports/0/port", 0L, 65535L, 65536L, -80L);
        add(out, "service", "service", "/spec/ports/0/targetPort", 0L, 65536L, "web", "Web", "-web", "", 1L);
        add(out, "service", "service", "/spec/ports/0/name", "metrics", "", "HTTP", "web_1", "web-1");
        add(out, "service", "service", "/spec/ports/1/port", 80L);
        add(out, "service", "service", "/spec/ports/1/protocol", "UDP", "ICMP");
        add(out, "service", "service", "/spec/ports/0/nodePort", 30081L);
        add(out, "service", "service", "/spec/ports", List.of(), List.of(map("port", 80L)), List.of(map("port", 80L), map("port", 81L)));
        add(out, "service", "service", "/spec/ports/0/appProtocol", "http", "kubernetes.io/h2c", "bad proto");
        add(out, "service", "service", "/spec/clusterIP", "None", "not-an-ip", "10.96.0.999", "");
        add(out, "service", "nodeport", "/spec/clusterIP", "None");
        add(out, "service", "loadbalancer", "/spec/clusterIP", "None");
        add(out, "service", "nodeport", "/spec/externalTrafficPolicy", "Local", "local", "Global");
        add(out, "service", "service", "/spec/externalTrafficPolicy", "Local", "Cluster");
        add(out, "service", "service", "/spec/sessionAffinity", "ClientIP", "Sticky", "clientip");
        add(out, "service", "loadbalancer", "/spec/sessionAffinityConfig/clientIP/timeoutSeconds", 1L, 86400L, 0L, 86401L, -1L);
        add(out, "service", "service", "/spec/sessionAffinityConfig", map("clientIP", map("timeoutSeconds", 60L)));
        add(out, "service", "external", "/spec/externalName", "", "db.example.com.", "Bad_Name", "db");
        add(out, "service", "external", "/spec/clusterIP", "None", "10.96.0.10");
        add(out, "service", "external", "/spec/ports", List.of(map("port", 5432L)));
        add(out, "service", "headless", "/spec/ports", List.of(map("port", 80L)));
        add(out, "service", "nodeport", "/spec/ports/0/nodePort", 30000L, 32767L);
        addDiffering(out, "service", "nodeport", "/spec/ports/0/nodePort", new VersionDifference(false, false,
                "a dry run in 1.20 skips the NodePort allocator; a real create refuses a port outside --service-node-port-range (default 30000-32767)"),
                29999L, 32768L);
        add(out, "service", "headless", "/spec/selector", map("app", "bad value"));
        // ingress
        add(out, "ingress", "ingress", "/spec/rules/0/http/paths/0/pathType", "Exact", "ImplementationSpecific", "Regex", "prefix", REMOVE);
        add(out, "ingress", "ingress", "/spec/rules/0/http/paths/0/path", "/a/b", "a/b", "/a//b", "/a/./b", "/a/../b", "/a%2Fb", "/a/..", "/a/.",
                "/a/b/", "", "/*");
        add(out, "ingress", "ingress", "/spec/rules/0/http/paths/1", map("path", "relative", "pathType", "ImplementationSpecific",
                        "backend", map("service", map("name", "web", "port", map("number", 80L)))),
                map("pathType", "ImplementationSpecific", "backend", map("service", map("name", "web", "port", map("number", 80L)))));
        add(out, "ingress", "ingress", "/spec/rules/0/http/paths/0/backend", map(), map("service", map("name", "web")),
                map("service", map("name", "web", "port", map("number", 80L, "name", "http"))),
                map("service", map("name", "Web", "port", map("number", 80L))), map("service", map("name", "1web", "port", map("number", 80L))),
                map("service", map("name", "web", "port", map("number", 70000L))), map("service", map("name", "web", "port", map("name", "HTTP"))),
                map("resource", map("kind", "StorageBucket", "name", "b", "apiGroup", "example.com")),
                map("resource", map("kind", "StorageBucket", "name", "b", "apiGroup", "example.com"), "service", map("name", "web", "port", map("number", 80L))));
        add(out, "ingress", "ingress", "/spec/rules/0/host", "*.example.com", "10.0.0.1", "Www.example.com", "*", "a.*.com", "foo_bar.com", "");
        add(out, "ingress", "ingress", "/spec/rules/0/http/paths", List.of());
        add(out, "ingress", "ingress", "/spec/rules", List.of(), REMOVE);
        add(out, "ingress", "ingress", "/spec/tls/0/hosts/0", "*.example.com", "bad host", "10.0.0.1");
        add(out, "ingress", "ingress", "/spec/tls/0/secretName", "", "Bad_Secret");
        add(out, "ingress", "ingress", "/spec/ingressClassName", "nginx.example.com", "Nginx");
        // data
        add(out, "data", "configmap", "/data/app.properties", "", "x".repeat(1024));
        add(out, "data", "configmap", "/data", map("a b", "x"), map("..x", "x"), map(".", "x"), map(".hidden", "x"), map("a/b", "x"),
                map("blob", "dup"), map("k".repeat(253), "x"), map("k".repeat(254), "x"), map("big", "x".repeat(1024 * 1024 + 1)),
                map("big", "x".repeat(1024 * 1024 - 100)), map("_under", "x"));
        add(out, "data", "configmap", "/binaryData/blob", "not base64!", "aGVsbG8");
        add(out, "data", "secret", "/data/password", "not base64!", "c2VjcmV0", "c2VjcmV0dA", "");
        add(out, "data", "secret", "/stringData", map("bad key", "x"), map("token", "abc"));
        add(out, "data", "secret", "/type", "kubernetes.io/tls", "kubernetes.io/dockerconfigjson", "kubernetes.io/basic-auth", "example.com/custom");
        add(out, "data", "tls", "/data/tls.key", REMOVE);
        // pvc
        add(out, "pvc", "pvc", "/spec/accessModes", List.of(), REMOVE, List.of("ReadOnlyMany", "ReadWriteMany"), List.of("ReadWriteOnly"), List.of("rwo"));
        addDiffering(out, "pvc", "pvc", "/spec/accessModes", (new VersionDifference(true, true, "ReadWriteOncePod: alpha in 1.22, GA in 1.29")),
                List.of("ReadWriteOncePod"));
        add(out, "pvc", "pvc", "/spec/resources/requests/storage", "0", "-1Gi", "10Gi", "1.5Ti", "big", REMOVE, 5L);
        add(out, "pvc", "pvc", "/spec/volumeMode", "Block", "block", "Raw");
        add(out, "pvc", "pvc", "/spec/storageClassName", "", "fast.ssd", "Fast_SSD");
        add(out, "pvc", "pvc", "/spec/selector", map("matchLabels", map("tier", "gold")), map("matchExpressions", List.of(map("key", "tier", "operator", "Is"))));
        // types the schema knows: both refuse these
        add(out, "schema", "deployment", "/spec/replicas", "two", 1.5);
        add(out, "schema", "pod", "/spec/containers/0/ports/0/containerPort", "8080");
        add(out, "schema", "service", "/spec/ports/0/port", "80");
        return out;
    }

    /** An ordered mapping (Map.of iterates in an order that changes from run to run). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static void add(List<Mutation> out, String category, String base, String pointer, Object... values) {
        out.add(new Mutation(category, base, pointer, List.of(values), null));
    }

    private static void addDiffering(List<Mutation> out, String category, String base, String pointer, VersionDifference differs, Object... values) {
        out.add(new Mutation(category, base, pointer, List.of(values), differs));
    }

    private static Case make(String id, String category, Map<String, Object> object, VersionDifference differs) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        String yaml = new Yaml(options).dump(object);
        return new Case(id, category, yaml, digest(yaml), differs);
    }

    static String digest(String yaml) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(yaml.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> bases() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        try (InputStream in = MutationCorpus.class.getResourceAsStream("/server-validation/bases.yaml")) {
            for (Object doc : new Yaml(new LoaderOptions()).loadAll(in)) {
                Map<String, Object> object = (Map<String, Object>) doc;
                out.put((String) ((Map<String, Object>) object.get("metadata")).get("name"), object);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        return (Map<String, Object>) copy(map);
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }

    /** Sets (or with {@link #REMOVE} removes) the field a pointer names, creating the mappings on the way. */
    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> root, String pointer, Object value) {
        List<String> tokens = Pointers.tokens(pointer);
        Object node = root;
        for (int i = 0; i < tokens.size() - 1; i++) {
            String t = tokens.get(i);
            if (node instanceof List<?> list) {
                node = list.get(Integer.parseInt(t));
            } else {
                Map<String, Object> map = (Map<String, Object>) node;
                node = map.computeIfAbsent(t, k -> new LinkedHashMap<String, Object>());
            }
        }
        String last = tokens.get(tokens.size() - 1);
        Object v = copy(value);
        if (node instanceof List<?> list) {
            List<Object> l = (List<Object>) list;
            int index = Integer.parseInt(last);
            if (value == REMOVE) {
                l.remove(index);
            } else if (index == l.size()) {
                l.add(v);
            } else {
                l.set(index, v);
            }
        } else if (value == REMOVE) {
            ((Map<String, Object>) node).remove(last);
        } else {
            ((Map<String, Object>) node).put(last, v);
        }
    }
}
