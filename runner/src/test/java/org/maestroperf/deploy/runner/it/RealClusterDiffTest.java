package org.maestroperf.deploy.runner.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.maestroperf.deploy.diff.BundleDiff;
import org.maestroperf.deploy.diff.Change;
import org.maestroperf.deploy.diff.ObjectDiff;
import org.maestroperf.deploy.generator.Generator;
import org.maestroperf.deploy.generator.profile.ProfileLoader;
import org.maestroperf.deploy.generator.testcase.TestCaseLoader;
import org.maestroperf.deploy.runner.apply.Deployer;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.bundle.GeneratedBundleSource;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.cluster.ClusterConnector;
import org.maestroperf.deploy.runner.cluster.ConnectOptions;
import org.maestroperf.deploy.runner.diff.LiveDiff;
import org.maestroperf.deploy.runner.progress.Progress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live diff of the standard bundle against a real API server named by {@code MAESTRO_IT_KUBECONFIG}
 * (skipped when unset), each test in a fresh namespace deleted afterwards: what the server defaults
 * and keeps for itself is no difference, a setting is exactly its field, an edit by another field
 * manager is drift, an object that left the bundle is a removal.
 */
@EnabledIfEnvironmentVariable(named = "MAESTRO_IT_KUBECONFIG", matches = ".+")
class RealClusterDiffTest {

    Cluster cluster;
    /** NodePorts are the cluster's, and a deleted namespace frees its own late: each test takes two of its own. */
    List<String> nodePorts;

    @BeforeEach
    void connect() {
        int port = 30000 + (int) (System.nanoTime() % 1300) * 2;
        nodePorts = List.of("broker.externalNodePort=" + port, "reports.nodePort=" + (port + 1));
        String namespace = "maestro-diff-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        cluster = ClusterConnector.connect(new ConnectOptions(Path.of(System.getenv("MAESTRO_IT_KUBECONFIG")),
                System.getenv("MAESTRO_IT_CONTEXT"), namespace), null);
    }

    @AfterEach
    void removeNamespace() {
        cluster.client().namespaces().withName(cluster.namespace()).delete();
        cluster.close();
    }

    /** The standard Kubernetes bundle with the fixed-rate test case, generated in memory, in this test's namespace. */
    private Bundle bundle(String... sets) {
        List<String> all = new ArrayList<>(nodePorts);
        all.addAll(List.of(sets));
        return new GeneratedBundleSource(new Generator(null).generate(
                new ProfileLoader().load(List.of("kubernetes-mosquitto"), all),
                new TestCaseLoader().load(List.of(Path.of("../profiles/testcases/fixed-rate.yaml")))), "maestro")
                .load().inNamespace(cluster.namespace());
    }

    private void deploy(Bundle bundle) {
        new Deployer(cluster, false, Progress.QUIET).deploy(bundle);
    }

    private static List<String> fields(ObjectDiff object) {
        List<String> out = new ArrayList<>();
        object.fields().forEach(f -> out.add(f.path() + ": " + f.oldValue() + " -> " + f.newValue()
                + (f.changedBy() == null ? "" : " (by " + f.changedBy() + ")")));
        return out;
    }

    @Test
    void beforeTheFirstRunEverythingIsAddedAndAfterItNothingDiffers() {
        BundleDiff before = LiveDiff.compute(cluster, bundle(), "kubernetes-mosquitto");
        assertThat(before.objects()).hasSize(13).allMatch(o -> o.change() == Change.ADDED);

        deploy(bundle());
        BundleDiff after = LiveDiff.compute(cluster, bundle(), "kubernetes-mosquitto");

        // defaults (strategy, dnsPolicy, terminationMessagePath, clusterIP, ...), status, managedFields,
        // resourceVersion, uid, creationTimestamp, generation: none of it is a difference
        assertThat(after.objects()).as(after.objects().toString()).isEmpty();
        assertThat(after.unchanged()).isEqualTo(13);
    }

    @Test
    void aSettingChangedSinceTheRunIsExactlyItsField() {
        deploy(bundle());

        BundleDiff diff = LiveDiff.compute(cluster, bundle("worker.replicas=5"), "kubernetes-mosquitto --set worker.replicas=5");

        assertThat(diff.objects()).singleElement().satisfies(o -> {
            assertThat(o.key().describe()).isEqualTo("Deployment " + cluster.namespace() + "/maestro-worker");
            assertThat(fields(o)).containsExactly("spec.replicas: 2 -> 5");
            assertThat(o.meaning()).isEqualTo("workers scale 2 → 5 (no restart)");
        });
    }

    @Test
    void anEditByAnotherFieldManagerIsDriftTheApplyReverts() {
        deploy(bundle());
        cluster.client().apps().deployments().inNamespace(cluster.namespace()).withName("maestro-broker")
                .patch(new PatchContext.Builder().withPatchType(PatchType.STRATEGIC_MERGE).withFieldManager("kubectl-edit")
                        .build(), "{\"spec\":{\"replicas\":3,\"template\":{\"spec\":{\"containers\":[{\"name\":\"broker\","
                        + "\"image\":\"eclipse-mosquitto:2.0.18\"}]}}}}");

        BundleDiff diff = LiveDiff.compute(cluster, bundle(), "kubernetes-mosquitto");

        assertThat(diff.objects()).singleElement().satisfies(o -> {
            assertThat(o.key().name()).isEqualTo("maestro-broker");
            assertThat(fields(o)).containsExactly("spec.replicas: 3 -> 1 (by kubectl-edit)",
                    "spec.template.spec.containers[broker].image: eclipse-mosquitto:2.0.18 -> eclipse-mosquitto:1.4.12"
                            + " (by kubectl-edit)");
            assertThat(o.meaning()).isEqualTo("broker scales 3 → 1, and broker pod restarts (pod template changed);"
                    + " reverts what kubectl-edit changed on the cluster");
        });
    }

    @Test
    void whatLeftTheBundleIsTheRemovalThePruneMakes() {
        deploy(bundle("exporter.enabled=true"));

        BundleDiff diff = LiveDiff.compute(cluster, bundle(), "kubernetes-mosquitto");

        assertThat(diff.objects()).extracting(o -> o.change().symbol() + " " + o.key().kind() + " " + o.key().name())
                .containsExactly("- Deployment maestro-exporter", "- Service exporter");
        assertThat(diff.objects().get(0).meaning()).isEqualTo("exporter is removed: its pods stop");
        assertThat(diff.objects().get(0).oldTree()).doesNotContainKey("status");
    }
}
