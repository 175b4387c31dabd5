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

import static org.assertj.core.api.Assertions.assertThat;

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
