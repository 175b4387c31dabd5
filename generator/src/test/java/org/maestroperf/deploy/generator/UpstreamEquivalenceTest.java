package org.maestroperf.deploy.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.contract.RenderedObject;
import org.yaml.snakeyaml.Yaml;

/**
 * Every upstream object (maestro-java extra/kubernetes, in ../shared) has its counterpart with the same
 * kind, name, ports, env names and mounts, except the fixes listed in docs/upstream-differences.md;
 * each allowed difference below names its defect number there.
 */
class UpstreamEquivalenceTest {

    private static final Path UPSTREAM = Path.of("..", "..", "shared", "reference", "maestro-upstream");

    /** Upstream file, kind, name → combination, kind and name of the counterpart. */
    private record Counterpart(String file, String kind, String name, String combination, String ourKind, String ourName) {
        @Override
        public String toString() {
            return file + " " + kind + "/" + name;
        }
    }

    static Stream<Counterpart> counterparts() {
        String k8s = "kubernetes-mosquitto";
        return Stream.of(
                new Counterpart("broker/mosquitto-deployment.yaml", "Deployment", "maestro-broker", k8s, "Deployment", "maestro-broker"),
                new Counterpart("broker/mosquitto-deployment.yaml", "ConfigMap", "broker-config", k8s, "ConfigMap", "broker-config"),
                new Counterpart("broker/activemq-deployment.yaml", "Deployment", "maestro-broker", "kubernetes-activemq", "Deployment", "maestro-broker"),
                new Counterpart("broker/cluster-service.yaml", "Service", "broker", k8s, "Service", "broker"),
                new Counterpart("broker/external-service.yaml", "Service", "broker-external", k8s, "Service", "broker-external"),
                new Counterpart("reports/reports-data-pvc.yaml", "PersistentVolumeClaim", "reports-data", k8s, "PersistentVolumeClaim", "reports-data"),
                new Counterpart("reports/reports-deployment.yaml", "Deployment", "maestro-reports", k8s, "Deployment", "maestro-reports"),
                new Counterpart("reports/reports-service.yaml", "Service", "reports-external", k8s, "Service", "reports-external"),
                new Counterpart("worker/worker-deployment.yaml", "Deployment", "maestro-worker", k8s, "Deployment", "maestro-worker"),
                new Counterpart("inspector/inspector-deployment.yaml", "Deployment", "maestro-inspector", k8s, "Deployment", "maestro-inspector"),
                new Counterpart("agent/agent-deployment.yaml", "Deployment", "maestro-agent", k8s, "Deployment", "maestro-agent"),
                // #18: one ConfigMap and one Job per test case, the one-off commands as their own Jobs
                new Counterpart("client/testcase-1.yaml", "ConfigMap", "client-config", k8s, "ConfigMap", "testcase-fixed-rate-1"),
                new Counterpart("client/client.yaml", "Pod", "maestro-client", k8s, "Job", "maestro-client-fixed-rate-1"),
                new Counterpart("client/stop.yaml", "Pod", "maestro-client", k8s, "Job", "maestro-stop"),
                new Counterpart("client/unassign.yaml", "Pod", "maestro-client", k8s, "Job", "maestro-unassign"));
    }

    /** Container renamed for consistency (#15). */
    private static final Map<String, String> CONTAINER_RENAMES = Map.of("maestro-reports", "reports");
    /** Client variables mapped upstream that we map only when the test case sets them (#1, #2, #4). */
    private static final Set<String> ENV_ONLY_WHEN_SET = Set.of("SEND_URL", "RECEIVE_URL", "TEST_COMMENT",
            "DISTRIBUTION_STRATEGY", "LOG_LEVEL", "INSPECTOR_NAME", "MANAGEMENT_INTERFACE", "ENDPOINT_RESOLVER_NAME");
    /** Variables we add: report name from the test case (#2), heap that fits the limit (#12). */
    private static final Set<String> ENV_ADDED = Set.of("TEST_NAME", "JAVA_OPTS");
    /** Ports we add: ActiveMQ's console, probed but undeclared upstream (#13). */
    private static final Set<String> PORTS_ADDED = Set.of("console:8161");
    /** Mounts we drop: the test case over the image's scripts (#19) and the scripts ConfigMap (#11). */
    private static final Set<String> MOUNTS_DROPPED = Set.of("/opt/maestro/maestro-cli/scripts", "/test-scripts");

    @ParameterizedTest(name = "{0}")
    @MethodSource("counterparts")
    void everyUpstreamObjectHasItsCounterpart(Counterpart c) throws IOException {
        assumeTrue(Files.isDirectory(UPSTREAM), "skipped: ../shared/reference/maestro-upstream is absent");
        Map<String, Object> upstream = upstreamObject(c);
        GeneratedBundle bundle = Bundles.generate(c.combination());
        Map<String, Object> ours = bundle.objects().stream()
                .filter(o -> Bundles.kind(o).equals(c.ourKind()) && Bundles.name(o).equals(c.ourName()))
                .map(RenderedObject::yaml).map(y -> (Map<String, Object>) new Yaml().load(y))
                .findFirst().orElseThrow(() -> new AssertionError("no counterpart " + c.ourKind() + "/" + c.ourName()));

        if (c.kind().equals("Service")) {
            Object theirType = get(upstream, "spec", "type");
            assertThat((Object) get(ours, "spec", "type")).isEqualTo(theirType == null ? "ClusterIP" : theirType);
            assertThat(servicePorts(ours)).isEqualTo(servicePorts(upstream));
            assertThat((Map<?, ?>) get(ours, "spec", "selector")).isEqualTo(get(upstream, "spec", "selector"));
        } else if (c.kind().equals("ConfigMap")) {
            Set<Object> ourKeys = new HashSet<>(((Map<?, ?>) ours.get("data")).keySet());
            Set<Object> theirKeys = new HashSet<>(((Map<?, ?>) upstream.get("data")).keySet());
            assertThat(ourKeys).containsAll(theirKeys);
        } else if (c.kind().equals("PersistentVolumeClaim")) {
            assertThat((Object) get(ours, "spec", "accessModes")).isEqualTo(get(upstream, "spec", "accessModes"));
            assertThat((Object) get(ours, "spec", "resources")).isEqualTo(get(upstream, "spec", "resources"));
            assertThat((Object) get(ours, "spec", "selector")).as("#6: no selector").isNull();
        } else {
            comparePods(podSpec(upstream), podSpec(ours));
            if (c.kind().equals("Deployment")) {
                assertThat((Map<?, ?>) get(ours, "spec", "selector", "matchLabels"))
                        .isEqualTo(get(upstream, "spec", "selector", "matchLabels"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void comparePods(Map<String, Object> upstream, Map<String, Object> ours) {
        List<Map<String, Object>> theirContainers = (List<Map<String, Object>>) upstream.get("containers");
        List<Map<String, Object>> ourContainers = (List<Map<String, Object>>) ours.get("containers");
        assertThat(ourContainers).hasSameSizeAs(theirContainers);
        for (Map<String, Object> theirs : theirContainers) {
            String name = CONTAINER_RENAMES.getOrDefault((String) theirs.get("name"), (String) theirs.get("name"));
            Map<String, Object> mine = ourContainers.stream().filter(x -> name.equals(x.get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no container " + name));

            Set<String> theirEnv = names(theirs.get("env"), "name");
            Set<String> ourEnv = names(mine.get("env"), "name");
            assertThat(difference(theirEnv, ourEnv)).as("upstream variables we lack").isSubsetOf(ENV_ONLY_WHEN_SET);
            assertThat(difference(ourEnv, theirEnv)).as("variables we add").isSubsetOf(ENV_ADDED);

            Set<String> theirPorts = ports(theirs.get("ports"));
            Set<String> ourPorts = ports(mine.get("ports"));
            assertThat(ourPorts).containsAll(theirPorts);
            assertThat(difference(ourPorts, theirPorts)).isSubsetOf(PORTS_ADDED);

            Set<String> theirMounts = names(theirs.get("volumeMounts"), "mountPath");
            Set<String> ourMounts = names(mine.get("volumeMounts"), "mountPath");
            assertThat(difference(theirMounts, ourMounts)).isSubsetOf(MOUNTS_DROPPED);
            assertThat(difference(ourMounts, theirMounts)).isEmpty();
        }
        assertThat(ours.get("restartPolicy")).isEqualTo(upstream.get("restartPolicy"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> upstreamObject(Counterpart c) throws IOException {
        List<Object> docs = new ArrayList<>();
        new Yaml().loadAll(Files.readString(UPSTREAM.resolve(c.file()))).forEach(docs::add);
        return docs.stream().filter(d -> d instanceof Map).map(d -> (Map<String, Object>) d)
                .filter(d -> c.kind().equals(d.get("kind")) && c.name().equals(get(d, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("upstream has no " + c));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> podSpec(Map<String, Object> object) {
        return "Pod".equals(object.get("kind")) ? (Map<String, Object>) object.get("spec")
                : (Map<String, Object>) get(object, "spec", "template", "spec");
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<String, Object> map, String... path) {
        Object node = map;
        for (String key : path) {
            node = node instanceof Map<?, ?> m ? m.get(key) : null;
        }
        return (T) node;
    }

    /** name:port:nodePort of each port (a missing targetPort defaults to the port, so it is not compared). */
    private static Set<String> servicePorts(Map<String, Object> service) {
        List<?> ports = get(service, "spec", "ports");
        return ports.stream().map(p -> (Map<?, ?>) p)
                .map(p -> p.get("name") + ":" + p.get("port") + ":" + p.get("nodePort")).collect(Collectors.toSet());
    }

    private static Set<String> ports(Object ports) {
        if (ports == null) {
            return Set.of();
        }
        return ((List<?>) ports).stream().map(p -> (Map<?, ?>) p)
                .map(p -> p.get("name") + ":" + p.get("containerPort")).collect(Collectors.toSet());
    }

    private static Set<String> names(Object items, String key) {
        if (items == null) {
            return Set.of();
        }
        return ((List<?>) items).stream().map(i -> String.valueOf(((Map<?, ?>) i).get(key))).collect(Collectors.toSet());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }
}
