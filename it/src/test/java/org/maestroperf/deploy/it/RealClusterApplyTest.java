package org.maestroperf.deploy.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.runner.Interruption;
import org.maestroperf.deploy.runner.RunOptions;
import org.maestroperf.deploy.runner.RunOutcome;
import org.maestroperf.deploy.runner.RunPipeline;
import org.maestroperf.deploy.runner.RunReport;
import org.maestroperf.deploy.runner.apply.Applier;
import org.maestroperf.deploy.runner.apply.ApplyLabels;
import org.maestroperf.deploy.runner.apply.Deployer;
import org.maestroperf.deploy.runner.apply.Inventory;
import org.maestroperf.deploy.runner.apply.JobLauncher;
import org.maestroperf.deploy.runner.apply.ObjectRef;
import org.maestroperf.deploy.runner.apply.Teardown;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.progress.Progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Applying, pruning, dry runs and teardown against a real API server: real server-side apply with
 * field managers, validation, defaulting and garbage collection. Each test works in a fresh
 * namespace with the kubernetes-mosquitto bundle, moved there as {@code -n} moves it.
 */
@RealCluster
class RealClusterApplyTest {

    private static final Duration CONTROLLERS = Duration.ofSeconds(60);
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static DefaultStorageClass storage;

    TestNamespace ns;
    final List<String> events = new ArrayList<>();
    final Progress progress = (type, message, fields) -> {
        synchronized (events) {
            events.add(type + ": " + message);
        }
    };

    @BeforeAll
    static void prepare() {
        storage = DefaultStorageClass.ensure();
    }

    @AfterAll
    static void unprepare() {
        if (storage != null) {
            storage.close();
        }
    }

    @BeforeEach
    void namespace() {
        ns = TestNamespace.fresh();
    }

    @AfterEach
    void removeNamespace() {
        ns.close();
    }

    private Bundle bundle() {
        return Bundles.kubernetesMosquitto(ns.name(), "fixed-rate.yaml");
    }

    private List<ObjectRef> deploy(Bundle bundle) {
        return new Deployer(ns.cluster(), false, progress).deploy(bundle);
    }

    @Test
    void applyIsServerSideAndAnUnchangedReapplyWritesNothing() {
        Bundle bundle = bundle();
        assertThat(deploy(bundle)).isEmpty();

        Deployment broker = ns.client().apps().deployments().withName("maestro-broker").get();
        assertThat(broker.getMetadata().getManagedFields())
                .anyMatch(f -> f.getManager().equals(BundleContract.FIELD_MANAGER) && f.getOperation().equals("Apply"));
        Map<String, String> before = writes(bundle);

        assertThat(deploy(bundle())).isEmpty();

        assertThat(writes(bundle)).isEqualTo(before);
    }

    @Test
    void anObjectThatLeftTheBundleIsPrunedAndTheGarbageCollectorRemovesItsReplicaSets() {
        deploy(bundle());
        Eventually.until("the inspector's ReplicaSet", CONTROLLERS, () -> !replicaSets("inspector").isEmpty());

        List<ObjectRef> pruned = deploy(Bundles.without(bundle(), Bundles.named("Deployment", "maestro-inspector")));

        assertThat(pruned).containsExactly(new ObjectRef("apps/v1", "Deployment", ns.name(), "maestro-inspector"));
        assertThat(ns.client().apps().deployments().withName("maestro-inspector").get()).isNull();
        Eventually.until("the inspector's ReplicaSets and pods gone", CONTROLLERS,
                () -> replicaSets("inspector").isEmpty() && ns.client().pods().withLabel("component", "inspector")
                        .list().getItems().isEmpty());
        assertThat(ns.client().apps().deployments().withName("maestro-worker").get()).isNotNull();
        assertThat(Inventory.read(ns.cluster(), Bundles.NAME)).doesNotContain(pruned.get(0));
    }

    @Test
    void teardownOfABundleThatCreatedItsNamespaceLeavesNothing() {
        Bundle bundle = bundle();
        deploy(bundle);
        JobLauncher.launch(ns.cluster(), bundle.testCases().get(0).job(), Bundles.NAME);

        int removed = Teardown.run(ns.cluster(), Bundles.NAME, progress);

        // the infrastructure, the test case's ConfigMap, the inventory, the launched Job
        assertThat(removed).isEqualTo(bundle.infrastructure().size() + 1 + 1 + 1);
        assertThat(events.get(events.size() - 1)).isEqualTo("deleted: deleted Namespace " + ns.name());
        ns.awaitGone();
    }

    @Test
    void teardownInAnExistingNamespaceLeavesNothingOfTheBundleAndKeepsWhatIsNotItsOwn() {
        ns.create();
        ns.client().configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName("not-ours").endMetadata()
                .addToData("keep", "me").build()).create();
        Bundle bundle = Bundles.without(bundle(), o -> o.getKind().equals("Namespace"));
        deploy(bundle);
        JobLauncher.launch(ns.cluster(), bundle.testCases().get(0).job(), Bundles.NAME);
        Eventually.until("the client Job's pod", CONTROLLERS, () -> !ns.client().pods().withLabel("component", "client")
                .list().getItems().isEmpty());

        Teardown.run(ns.cluster(), Bundles.NAME, progress);

        Eventually.until("every object of the bundle gone, pods and ReplicaSets included", CONTROLLERS,
                () -> leftovers().isEmpty());
        assertThat(ns.client().configMaps().list().getItems()).extracting(c -> c.getMetadata().getName())
                .contains("not-ours").doesNotContain(Inventory.configMapName(Bundles.NAME), "broker-config");
    }

    @Test
    void serverDryRunIntoTheNamespaceTheBundleCreatesChecksEveryObjectAndCreatesNothing() {
        RunReport report = new RunPipeline(ns.cluster(), progress, new RunOptions(true, Duration.ofMinutes(2), false, false,
                null), new Interruption(ns.cluster(), false)).run(bundle());

        assertThat(report.messages()).isEmpty();
        assertThat(report.outcome()).isEqualTo(RunOutcome.PASSED);
        assertThat(events).contains("applied: checked (dry run) Namespace " + ns.name(),
                "applied: checked (dry run, in namespace default for the new namespace " + ns.name()
                        + ") Deployment maestro-broker",
                "applied: checked (dry run, in namespace default for the new namespace " + ns.name()
                        + ") Job maestro-client-fixed-rate-1",
                "applied: checked (dry run, in namespace default for the new namespace " + ns.name()
                        + ") Job maestro-stop");
        assertThat(ns.exists()).isFalse();
        assertThat(ns.client().configMaps().inNamespace(Deployer.STAND_IN_NAMESPACE)
                .withLabel(BundleContract.LABEL_BUNDLE, Bundles.NAME).list().getItems()).isEmpty();
        assertThat(ns.client().apps().deployments().inNamespace(Deployer.STAND_IN_NAMESPACE).list().getItems()).isEmpty();
    }

    @Test
    void serverDryRunIntoANewNamespaceReportsTheServersRefusalAsOneLine() {
        Bundle bundle = bundle();
        Deployment worker = (Deployment) bundle.infrastructure().stream()
                .filter(Bundles.named("Deployment", "maestro-worker")).findFirst().orElseThrow();
        // more CPU requested than the limit allows: valid YAML the schema accepts, refused by the server's validation
        worker.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getRequests()
                .put("cpu", new Quantity("4"));

        RunReport report = new RunPipeline(ns.cluster(), progress, new RunOptions(true, Duration.ofMinutes(2), false, false,
                null), new Interruption(ns.cluster(), false)).run(bundle);

        assertThat(report.outcome()).isEqualTo(RunOutcome.INFRASTRUCTURE);
        assertThat(report.messages()).singleElement().asString()
                .startsWith("the server refuses Deployment maestro-worker (checked in namespace default, standing in for"
                        + " the new namespace " + ns.name() + "): Deployment.apps \"maestro-worker\" is invalid:")
                .contains("must be less than or equal to cpu limit")
                .doesNotContain("\n");
        assertThat(ns.exists()).isFalse();
    }

    @Test
    void serverDryRunAgainstAnAppliedBundleChangesNothing() {
        deploy(bundle());
        Deployment before = ns.client().apps().deployments().withName("maestro-worker").get();
        Bundle bigger = bundle();
        bigger.infrastructure().stream().filter(Bundles.named("Deployment", "maestro-worker"))
                .forEach(d -> ((Deployment) d).getSpec().setReplicas(5));

        List<ObjectRef> wouldPrune = new Deployer(ns.cluster(), true, progress)
                .deploy(Bundles.without(bigger, Bundles.named("Deployment", "maestro-agent")));

        assertThat(wouldPrune).extracting(ObjectRef::name).containsExactly("maestro-agent");
        assertThat(events).contains("applied: checked (dry run) Deployment maestro-worker");
        Deployment after = ns.client().apps().deployments().withName("maestro-worker").get();
        assertThat(after.getSpec().getReplicas()).isEqualTo(before.getSpec().getReplicas()).isEqualTo(2);
        assertThat(after.getMetadata().getGeneration()).isEqualTo(before.getMetadata().getGeneration());
        assertThat(ns.client().apps().deployments().withName("maestro-agent").get()).isNotNull();
    }

    @Test
    void anotherFieldManagersApplyConflictsAndTheNextApplyTakesTheFieldBack() {
        deploy(bundle());
        Deployment replicas = new DeploymentBuilder().withNewMetadata().withName("maestro-worker")
                .withNamespace(ns.name()).endMetadata().withNewSpec().withReplicas(5).endSpec().build();

        assertThatThrownBy(() -> ns.client().resource(replicas).fieldManager("someone-else").serverSideApply())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getStatus().getMessage()).contains("conflict with \"maestro-deploy\"")
                            .contains(".spec.replicas");
                });
        ns.client().resource(replicas).fieldManager("someone-else").forceConflicts().serverSideApply();
        assertThat(ns.client().apps().deployments().withName("maestro-worker").get().getSpec().getReplicas()).isEqualTo(5);

        deploy(bundle());

        Deployment worker = ns.client().apps().deployments().withName("maestro-worker").get();
        assertThat(worker.getSpec().getReplicas()).isEqualTo(2);
        assertThat(fieldsOf(worker, BundleContract.FIELD_MANAGER)).contains("\"f:replicas\"");
        assertThat(fieldsOf(worker, "someone-else")).doesNotContain("\"f:replicas\"");
    }

    @Test
    void aServiceWhosePortsOmitTheProtocolIsAppliedWithTheDefaultSpelledOut() {
        Bundle bundle = bundle();
        bundle.infrastructure().stream().filter(Service.class::isInstance).map(Service.class::cast)
                .forEach(s -> s.getSpec().getPorts().forEach(p -> p.setProtocol(null)));

        deploy(bundle);
        deploy(bundle);

        List<Service> services = ns.client().services().withLabel(BundleContract.LABEL_BUNDLE, Bundles.NAME).list().getItems();
        assertThat(services).hasSize(4)
                .allSatisfy(s -> assertThat(s.getSpec().getPorts()).allMatch(p -> "TCP".equals(p.getProtocol())));
    }

    /**
     * For each object the bundle applied (and the inventory), what a write by the applier would
     * change: the resourceVersion where no controller writes the object, the generation of a
     * Deployment, the spec and maestro-deploy's managed fields of a PVC (the binder writes its status).
     */
    private Map<String, String> writes(Bundle bundle) {
        List<HasMetadata> applied = new ArrayList<>(bundle.infrastructure());
        bundle.testCases().forEach(tc -> applied.add(tc.configMap()));
        applied.add(new ConfigMapBuilder().withNewMetadata().withName(Inventory.configMapName(Bundles.NAME))
                .withNamespace(ns.name()).endMetadata().build());
        Map<String, String> writes = new LinkedHashMap<>();
        for (HasMetadata object : applied) {
            HasMetadata live = ns.client().resource(object).get();
            String write = live instanceof Deployment ? "generation " + live.getMetadata().getGeneration()
                    : live instanceof PersistentVolumeClaim claim ? SERIALIZATION.asJson(claim.getSpec())
                    + fieldsOf(live, BundleContract.FIELD_MANAGER)
                    : "resourceVersion " + live.getMetadata().getResourceVersion();
            writes.put(ObjectRef.of(object).toString(), write);
        }
        return writes;
    }

    private static String fieldsOf(HasMetadata object, String manager) {
        return object.getMetadata().getManagedFields().stream().filter(f -> f.getManager().equals(manager))
                .map(ManagedFieldsEntry::getFieldsV1).map(SERIALIZATION::asJson).reduce("", String::concat);
    }

    private List<String> replicaSets(String component) {
        return ns.client().apps().replicaSets().withLabel("component", component).list().getItems().stream()
                .map(r -> r.getMetadata().getName()).toList();
    }

    /** Objects of the bundle or made for it that are still in the namespace. */
    private List<String> leftovers() {
        List<String> left = new ArrayList<>();
        ns.client().apps().deployments().list().getItems().forEach(o -> left.add("Deployment " + o.getMetadata().getName()));
        ns.client().apps().replicaSets().list().getItems().forEach(o -> left.add("ReplicaSet " + o.getMetadata().getName()));
        ns.client().pods().list().getItems().forEach(o -> left.add("Pod " + o.getMetadata().getName()));
        ns.client().batch().v1().jobs().list().getItems().forEach(o -> left.add("Job " + o.getMetadata().getName()));
        ns.client().services().list().getItems().forEach(o -> left.add("Service " + o.getMetadata().getName()));
        ns.client().persistentVolumeClaims().list().getItems().forEach(o -> left.add("PVC " + o.getMetadata().getName()));
        ns.client().network().v1().ingresses().list().getItems().forEach(o -> left.add("Ingress " + o.getMetadata().getName()));
        ns.client().configMaps().withLabel(BundleContract.LABEL_BUNDLE).list().getItems()
                .forEach(o -> left.add("ConfigMap " + o.getMetadata().getName()));
        return left;
    }
}
