package org.maestroperf.deploy.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of the standard bundle, changed through the profile as a user would, diffed field by
 * field between two bundles generated in memory: exactly the fields the setting moves, and what it
 * means for Maestro.
 */
class StandardBundleDiffTest {

    @TempDir
    Path dir;
    Path testCase;
    Path changedTestCase;

    @BeforeEach
    void testCases() throws Exception {
        String fixedRate = Files.readString(Path.of("../profiles/testcases/fixed-rate.yaml"));
        testCase = Files.writeString(dir.resolve("fixed-rate.yaml"), fixedRate);
        Files.createDirectories(dir.resolve("changed"));
        changedTestCase = Files.writeString(dir.resolve("changed/fixed-rate.yaml"),
                fixedRate.replace("messageSize: 256", "messageSize: 512").replace("retries: 1", "retries: 3"));
    }

    private BundleDiff kubernetes(List<String> sets, Path newTestCase) {
        return Differ.compare(Generated.side("old", List.of("kubernetes-mosquitto"), List.of(), List.of(testCase)),
                Generated.side("new", List.of("kubernetes-mosquitto"), sets, List.of(newTestCase)));
    }

    /** Each differing object as {@code symbol kind name: meaning}, with its changed fields below it. */
    private static Map<String, List<String>> byObject(BundleDiff diff) {
        return diff.objects().stream().collect(Collectors.toMap(
                o -> o.change().symbol() + " " + o.key().describe() + ": " + o.meaning(),
                o -> o.fields().stream().map(f -> f.path() + ": " + f.oldValue() + " -> " + f.newValue()).toList(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void sameProfileSameBundleNoDifferences() {
        BundleDiff diff = kubernetes(List.of(), testCase);

        assertThat(diff.hasDifferences()).isFalse();
        assertThat(diff.unchanged()).isEqualTo(14);
    }

    @Test
    void eachSettingChangesExactlyItsFieldsAndSaysWhatThatMeans() {
        BundleDiff diff = kubernetes(List.of("worker.replicas=4", "images.mosquitto=eclipse-mosquitto:1.6.15",
                "reports.storage.size=50Gi", "broker.externalNodePort=31884", "broker.mosquittoConfig=log_dest stderr",
                "reports.host=maestro.example.com"), changedTestCase);

        assertThat(byObject(diff)).containsExactly(
                Map.entry("~ ConfigMap maestro/broker-config: broker configuration changed: takes effect when the broker"
                        + " pod restarts (it does not restart by itself)",
                        List.of("data[\"mosquitto.conf\"]: log_dest stdout\n -> log_dest stderr")),
                Map.entry("~ ConfigMap maestro/testcase-fixed-rate-1: test case fixed-rate-1: parameters changed (messageSize)",
                        List.of("data.messageSize: 256 -> 512")),
                Map.entry("~ Deployment maestro/maestro-broker: broker pod restarts (pod template changed)",
                        List.of("spec.template.spec.containers[broker].image: eclipse-mosquitto:1.4.12 -> eclipse-mosquitto:1.6.15")),
                Map.entry("~ Deployment maestro/maestro-worker: workers scale 2 → 4 (no restart)",
                        List.of("spec.replicas: 2 -> 4")),
                Map.entry("+ Ingress maestro/reports: Ingress reports is added: maestro.example.com", List.of()),
                Map.entry("~ Job maestro/maestro-client-fixed-rate-1: test case fixed-rate-1: client Job changed (the next"
                        + " run uses it)", List.of("spec.backoffLimit: 1 -> 3")),
                Map.entry("~ PersistentVolumeClaim maestro/reports-data: reports PVC reports-data size change: only grows,"
                        + " needs a StorageClass that allows expansion (30Gi → 50Gi)",
                        List.of("spec.resources.requests.storage: 30Gi -> 50Gi")),
                Map.entry("~ Service maestro/broker-external: Service broker-external: NodePort 31883 → 31884: clients"
                        + " outside the cluster must use the new port",
                        List.of("spec.ports[mqtt].nodePort: 31883 -> 31884")));
    }

    @Test
    void componentsSwitchedOffAreRemovalsAndOnAreAdditions() {
        BundleDiff diff = kubernetes(List.of("platform.createNamespace=false", "inspector.enabled=false",
                "reports.nodePort=null", "exporter.enabled=true", "reports.storage.size=10Gi"), testCase);

        assertThat(byObject(diff).keySet()).containsExactly(
                "+ Deployment maestro/maestro-exporter: exporter is added: its pods start",
                "- Deployment maestro/maestro-inspector: inspector is removed: its pods stop",
                "- Namespace maestro: namespace maestro is deleted, and everything in it",
                "~ PersistentVolumeClaim maestro/reports-data: reports PVC reports-data cannot shrink (30Gi → 10Gi):"
                        + " the API server refuses it",
                "+ Service maestro/exporter: Service exporter is added",
                "- Service maestro/reports-external: Service reports-external is removed: what it exposed is no longer"
                        + " reachable through it");
    }

    @Test
    void aRouteHostChangeChangesTheReportsUrl() {
        BundleDiff diff = Differ.compare(
                Generated.side("old", List.of("openshift-activemq"), List.of("reports.host=reports.apps.a.example"), List.of()),
                Generated.side("new", List.of("openshift-activemq"), List.of("reports.host=reports.apps.b.example"), List.of()));

        assertThat(byObject(diff)).containsExactly(Map.entry(
                "~ Route maestro/reports: Route host changed: the reports URL changes (reports.apps.a.example →"
                        + " reports.apps.b.example)",
                List.of("spec.host: reports.apps.a.example -> reports.apps.b.example")));
    }

    @Test
    void aTestCaseAddedOrRemovedIsItsConfigMapAndItsJob() {
        BundleDiff diff = Differ.compare(Generated.side("old", List.of("kubernetes-mosquitto"), List.of(), List.of()),
                Generated.side("new", List.of("kubernetes-mosquitto"), List.of(), List.of(testCase)));

        assertThat(byObject(diff).keySet()).containsExactly(
                "+ ConfigMap maestro/testcase-fixed-rate-1: test case fixed-rate-1: added",
                "+ Job maestro/maestro-client-fixed-rate-1: test case fixed-rate-1: added (its client Job)");
        assertThat(diff.objects().get(1).newOrigin()).isEqualTo("client/testcase-fixed-rate-1.yaml:24");
    }
}
