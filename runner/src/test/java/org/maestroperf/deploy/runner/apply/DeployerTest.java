package org.maestroperf.deploy.runner.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.runner.apply.ObjectRef;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.testing.BundleFixture;
import org.maestroperf.deploy.runner.watch.RunAborted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EnableKubernetesMockClient(crud = true)
class DeployerTest {

    KubernetesMockServer server;
    KubernetesClient client;
    final List<String> events = new ArrayList<>();
    final Progress progress = (type, message, fields) -> events.add(type + ": " + message);

    private Cluster cluster() {
        return new Cluster(client, BundleFixture.NAMESPACE);
    }

    @Test
    void appliesInDependencyOrderWithTheBundleLabelAndRecordsAnInventory() {
        new Deployer(cluster(), false, progress).deploy(BundleFixture.kubernetes().testCase("tc", 0).build());

        List<String> applied = events.stream().filter(e -> e.startsWith("applied: ")).map(e -> e.split(" ")[2]).toList();
        assertThat(applied).containsExactly("Namespace", "ConfigMap", "ConfigMap", "PersistentVolumeClaim", "Service",
                "Service", "Deployment", "Deployment", "Deployment", "Deployment", "Deployment", "Ingress");
        Deployment broker = client.apps().deployments().inNamespace("maestro").withName("maestro-broker").get();
        assertThat(broker.getMetadata().getLabels()).containsEntry(BundleContract.LABEL_BUNDLE, "maestro");
        assertThat(Inventory.read(cluster(), "maestro")).hasSize(12)
                .contains(new ObjectRef("v1", "ConfigMap", "maestro", "testcase-tc"));
        // Jobs are created per run, never applied with the infrastructure
        assertThat(client.batch().v1().jobs().inNamespace("maestro").list().getItems()).isEmpty();
    }

    @Test
    void reapplyingIsIdempotentAndPrunesWhatLeftTheBundle() {
        new Deployer(cluster(), false, progress).deploy(BundleFixture.kubernetes().withExporter().build());
        assertThat(client.apps().deployments().inNamespace("maestro").withName("maestro-exporter").get()).isNotNull();

        List<ObjectRef> prunedSame = new Deployer(cluster(), false, progress).deploy(BundleFixture.kubernetes().withExporter().build());
        List<ObjectRef> pruned = new Deployer(cluster(), false, progress).deploy(BundleFixture.kubernetes().build());

        assertThat(prunedSame).isEmpty();
        assertThat(pruned).containsExactly(new ObjectRef("apps/v1", "Deployment", "maestro", "maestro-exporter"));
        assertThat(client.apps().deployments().inNamespace("maestro").withName("maestro-exporter").get()).isNull();
        assertThat(client.apps().deployments().inNamespace("maestro").list().getItems()).hasSize(5);
        assertThat(Inventory.read(cluster(), "maestro")).doesNotContain(pruned.get(0));
    }

    @Test
    void fallsBackToCreateOrReplaceWhereServerSideApplyIsNotServed() {
        // the CRUD mock answers apply patches with 404 (new objects) and 415 (existing ones)
        new Deployer(cluster(), false, progress).deploy(BundleFixture.kubernetes().build());
        new Deployer(cluster(), false, progress).deploy(BundleFixture.kubernetes().build());

        assertThat(events).contains("warning: the server does not support server-side apply; used create-or-replace");
        ConfigMap config = client.configMaps().inNamespace("maestro").withName("broker-config").get();
        assertThat(config.getData()).containsKey("mosquitto.conf");
    }

    @Test
    void serverSideApplyIsTriedFirstAsFieldManagerMaestroDeployWithForce() throws Exception {
        new Applier(cluster(), false).apply(BundleFixture.kubernetes().objects().get(1));

        assertThat(server.getRequestCount()).isGreaterThanOrEqualTo(2);
        // first request: the apply patch; the fallback comes after it
        assertThat(server.takeRequest().getPath()).isEqualTo(
                "/api/v1/namespaces/maestro/configmaps/broker-config?fieldManager=maestro-deploy&force=true");
    }

    @Test
    void dryRunSendsDryRunAllAndRecordsNoInventory() throws Exception {
        new Applier(cluster(), true).apply(BundleFixture.kubernetes().objects().get(1));

        assertThat(server.takeRequest().getPath()).contains("dryRun=All");
        new Deployer(cluster(), true, Progress.QUIET).deploy(BundleFixture.kubernetes().build());
        assertThat(client.configMaps().inNamespace("maestro").withName(Inventory.configMapName("maestro")).get()).isNull();
    }

    @Test
    void dryRunIntoTheNamespaceTheBundleCreatesChecksItsObjectsAsNewOnesInDefault() throws Exception {
        // A real server answers a dry run into a namespace that does not exist with 404 (the mock
        // would accept it): the Namespace is dry-run itself, what goes in it is checked in default.
        new Deployer(cluster(), true, progress).deploy(BundleFixture.kubernetes().testCase("tc", 0).build());

        List<String> writes = writes();
        assertThat(writes).allMatch(w -> w.contains("dryRun=All"))
                .anyMatch(w -> w.startsWith("PATCH /api/v1/namespaces/maestro?"))
                .contains("POST /api/v1/namespaces/default/configmaps?dryRun=All",
                        "POST /apis/apps/v1/namespaces/default/deployments?dryRun=All",
                        "POST /apis/batch/v1/namespaces/default/jobs?dryRun=All")
                .noneMatch(w -> w.contains("/namespaces/maestro/"));
        assertThat(events).contains("applied: checked (dry run) Namespace maestro",
                "applied: checked (dry run, in namespace default for the new namespace maestro) Deployment maestro-broker",
                "applied: checked (dry run, in namespace default for the new namespace maestro) Job maestro-client-tc",
                "applied: checked (dry run, in namespace default for the new namespace maestro) Job maestro-stop");
    }

    @Test
    void dryRunIntoAnExistingNamespaceChecksInPlaceAndChecksTheJobsAsNewOnes() throws Exception {
        client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata()
                .withName("maestro").endMetadata().build()).create();
        server.takeRequest();

        new Deployer(cluster(), true, progress).deploy(BundleFixture.kubernetes().testCase("tc", 0).build());

        assertThat(writes()).allMatch(w -> w.contains("dryRun=All")).noneMatch(w -> w.contains("/namespaces/default/"))
                // the mock answers the first apply patch with 415, so the rest is create-or-replace
                .contains("PATCH /api/v1/namespaces/maestro?fieldManager=maestro-deploy&dryRun=All&force=true",
                        "POST /apis/apps/v1/namespaces/maestro/deployments?dryRun=All",
                        "POST /apis/batch/v1/namespaces/maestro/jobs?dryRun=All");
        assertThat(events).contains("applied: checked (dry run) Deployment maestro-broker",
                "applied: checked (dry run) Job maestro-client-tc");
    }

    @Test
    void dryRunObjectsTheUserMayNotCreateInDefaultAreNamedInOneWarning() {
        server.expect().post().withPath("/api/v1/namespaces/default/configmaps?dryRun=All").andReturn(403,
                new io.fabric8.kubernetes.api.model.StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("configmaps is forbidden").build()).always();

        new Deployer(cluster(), true, progress).deploy(BundleFixture.kubernetes().testCase("tc", 0).build());

        assertThat(events).filteredOn(e -> e.startsWith("warning: ")).containsExactly("warning: not checked by the server:"
                + " you may not create ConfigMap broker-config, ConfigMap testcase-tc in namespace default, where a dry run"
                + " checks the objects of the new namespace maestro");
    }

    @Test
    void aRefusedObjectStopsTheApplyWithTheServersMessageInOneLine() {
        server.expect().post().withPath("/apis/apps/v1/namespaces/default/deployments?dryRun=All").andReturn(422,
                new io.fabric8.kubernetes.api.model.StatusBuilder().withCode(422).withReason("Invalid")
                        .withMessage("Deployment.apps \"maestro-broker\" is invalid: spec.replicas: must be >= 0").build())
                .once();

        assertThatThrownBy(() -> new Deployer(cluster(), true, progress).deploy(BundleFixture.kubernetes().build()))
                .isInstanceOf(RunAborted.class).hasMessage("the server refuses Deployment maestro-broker (checked in"
                        + " namespace default, standing in for the new namespace maestro): Deployment.apps"
                        + " \"maestro-broker\" is invalid: spec.replicas: must be >= 0");
    }

    /** The writes sent so far, as "METHOD path" (reads left out). */
    private List<String> writes() throws InterruptedException {
        List<String> writes = new ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            var request = server.takeRequest(1, java.util.concurrent.TimeUnit.SECONDS);
            if (request != null && !request.getMethod().equals("GET")) {
                writes.add(request.getMethod() + " " + request.getPath());
            }
        }
        return writes;
    }

    @Test
    void teardownRemovesEverythingTheBundleCreatedIncludingRunJobs() {
        new Deployer(cluster(), false, progress).deploy(BundleFixture.kubernetes().testCase("tc", 0).build());
        JobLauncher.launch(cluster(), BundleFixture.kubernetes().testCase("tc", 0).build().testCases().get(0).job(), "maestro");
        client.configMaps().inNamespace("maestro").resource(new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
                .withNewMetadata().withName("not-ours").endMetadata().build()).create();

        int removed = Teardown.run(cluster(), "maestro", progress);

        assertThat(removed).isEqualTo(14); // 12 applied + the inventory + the Job
        assertThat(client.batch().v1().jobs().inNamespace("maestro").list().getItems()).isEmpty();
        assertThat(client.apps().deployments().inNamespace("maestro").list().getItems()).isEmpty();
        assertThat(client.configMaps().inNamespace("maestro").list().getItems())
                .extracting(c -> c.getMetadata().getName()).containsExactly("not-ours");
        assertThat(events.get(events.size() - 1)).isEqualTo("deleted: deleted Namespace maestro");
    }

    @Test
    void teardownOfOneBundleNeverDeletesTheObjectsAnotherBundleOfTheNamespaceRecorded() {
        // what earlier versions let happen: a second bundle name applied over the first one's objects
        Bundle first = Bundle.of("first", BundleFixture.kubernetes().testCase("tc", 0).objects(), Map.of());
        Bundle second = Bundle.of("second", BundleFixture.kubernetes().testCase("tc", 0).objects(), Map.of());
        new Deployer(cluster(), false, progress).deploy(first);
        new Deployer(cluster(), false, progress).deploy(second);

        int removed = Teardown.run(cluster(), "second", progress);

        assertThat(removed).isEqualTo(1); // its inventory: everything else is the first bundle's too
        assertThat(client.apps().deployments().inNamespace("maestro").list().getItems()).hasSize(5);
        assertThat(client.namespaces().withName("maestro").get()).isNotNull();
        assertThat(client.configMaps().inNamespace("maestro").withName("testcase-tc").get()).isNotNull();
        assertThat(events).contains("kept: kept Deployment maestro-broker: bundle first recorded it too",
                "kept: kept Namespace maestro: bundle first lives in it");

        assertThat(Teardown.run(cluster(), "first", progress)).isEqualTo(13);
        assertThat(client.apps().deployments().inNamespace("maestro").list().getItems()).isEmpty();
        assertThat(client.namespaces().withName("maestro").get()).isNull();
    }
}
