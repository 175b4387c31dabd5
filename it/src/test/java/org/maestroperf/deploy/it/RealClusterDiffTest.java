package org.maestroperf.deploy.it;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.diff.BundleDiff;
import org.maestroperf.deploy.diff.Change;
import org.maestroperf.deploy.diff.Differ;
import org.maestroperf.deploy.diff.KubeObject;
import org.maestroperf.deploy.diff.ObjectDiff;
import org.maestroperf.deploy.diff.Side;
import org.maestroperf.deploy.runner.apply.Deployer;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.diff.ApplyPreview;
import org.maestroperf.deploy.runner.progress.Progress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live diff of the kubernetes-mosquitto bundle against a real API server: what the server
 * defaults and keeps for itself is no difference, a setting is exactly its field, an edit by another
 * field manager is drift the apply reverts, an object that left the bundle is the prune's removal.
 * The sides are made as {@code maestro-deploy diff} makes them: the runner's apply preview, the live
 * objects with the fields other managers own.
 */
@RealCluster
class RealClusterDiffTest {

    private static final String FIXED_RATE = "fixed-rate.yaml";

    TestNamespace ns;

    @BeforeEach
    void namespace() {
        ns = TestNamespace.fresh();
    }

    @AfterEach
    void removeNamespace() {
        ns.close();
    }

    private Bundle bundle(String... sets) {
        return Bundles.kubernetesMosquitto(ns.name(), List.of(sets), FIXED_RATE);
    }

    private void deploy(Bundle bundle) {
        new Deployer(ns.cluster(), false, Progress.QUIET).deploy(bundle);
    }

    private BundleDiff diff(Bundle bundle) {
        ApplyPreview preview = ApplyPreview.of(ns.cluster(), bundle);
        return Differ.compare(new Side(preview.cluster(), preview.live().stream()
                        .map(v -> KubeObject.live(v.origin(), v.tree())).toList()),
                new Side("bundle", preview.applied().stream().map(v -> KubeObject.of(v.origin(), v.tree())).toList()));
    }

    private static List<String> fields(ObjectDiff object) {
        List<String> out = new ArrayList<>();
        object.fields().forEach(f -> out.add(f.path() + ": " + f.oldValue() + " -> " + f.newValue()
                + (f.changedBy() == null ? "" : " (by " + f.changedBy() + ")")));
        return out;
    }

    @Test
    void beforeTheFirstRunEverythingIsAddedAndAfterItNothingDiffers() {
        BundleDiff before = diff(bundle());
        assertThat(before.objects()).hasSize(13).allMatch(o -> o.change() == Change.ADDED);

        deploy(bundle());
        BundleDiff after = diff(bundle());

        // defaults (strategy, dnsPolicy, terminationMessagePath, clusterIP, ...), status, managedFields,
        // resourceVersion, uid, creationTimestamp, generation: none of it is a difference
        assertThat(after.objects()).as(after.objects().toString()).isEmpty();
        assertThat(after.unchanged()).isEqualTo(13);
    }

    @Test
    void aSettingChangedSinceTheRunIsExactlyItsField() {
        deploy(bundle());

        BundleDiff diff = diff(bundle("worker.replicas=5"));

        assertThat(diff.objects()).singleElement().satisfies(o -> {
            assertThat(o.key().describe()).isEqualTo("Deployment " + ns.name() + "/maestro-worker");
            assertThat(fields(o)).containsExactly("spec.replicas: 2 -> 5");
            assertThat(o.meaning()).isEqualTo("workers scale 2 → 5 (no restart)");
        });
    }

    @Test
    void anEditByAnotherFieldManagerIsDriftTheApplyReverts() {
        deploy(bundle());
        ns.client().apps().deployments().inNamespace(ns.name()).withName("maestro-broker")
                .patch(new PatchContext.Builder().withPatchType(PatchType.STRATEGIC_MERGE).withFieldManager("kubectl-edit")
                        .build(), "{\"spec\":{\"replicas\":3,\"template\":{\"spec\":{\"containers\":[{\"name\":\"broker\","
                        + "\"image\":\"eclipse-mosquitto:2.0.18\"}]}}}}");

        BundleDiff diff = diff(bundle());

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

        BundleDiff diff = diff(bundle());

        assertThat(diff.objects()).extracting(o -> o.change().symbol() + " " + o.key().kind() + " " + o.key().name())
                .containsExactly("- Deployment maestro-exporter", "- Service exporter");
        assertThat(diff.objects().get(0).meaning()).isEqualTo("exporter is removed: its pods stop");
        assertThat(diff.objects().get(0).oldTree()).doesNotContainKey("status");
    }
}
