package org.maestroperf.deploy.runner.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.http.RecordedRequest;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.runner.apply.ApplyLabels;
import org.maestroperf.deploy.runner.apply.Inventory;
import org.maestroperf.deploy.runner.apply.ObjectRef;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.testing.BundleFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The apply preview against the CRUD mock server holding what an earlier run left (with the fields
 * a real server adds: status, managedFields, defaults), each dry-run apply answered with the object
 * the server would make of it. Every request it makes is counted. (What the two versions' difference
 * means is the diff module's; against a real server, the it module's RealClusterDiffTest.)
 */
@EnableKubernetesMockClient(crud = true)
class ApplyPreviewTest {

    private static final String DRY_RUN_QUERY = "?fieldManager=maestro-deploy&dryRun=All&force=true";
    /** Namespace, ConfigMap, PersistentVolumeClaim, Service, Deployment, Ingress. */
    private static final int KINDS = 6;
    /** The fixture's 11 infrastructure objects and its test case's ConfigMap (its Job is not applied). */
    private static final int APPLIED = 12;

    KubernetesMockServer server;
    KubernetesClient client;
    final KubernetesSerialization json = new KubernetesSerialization();
    final Bundle bundle = BundleFixture.kubernetes().testCase("tc", 0).build();

    private Cluster cluster() {
        return new Cluster(client, BundleFixture.NAMESPACE);
    }

    /** Every applied object of the bundle in the order run applies them, as run sends them. */
    private List<HasMetadata> applied(Bundle b) {
        List<HasMetadata> objects = new ArrayList<>(b.infrastructure());
        b.testCases().forEach(tc -> objects.add(tc.configMap()));
        return objects.stream().map(o -> ApplyLabels.stamp(json.clone(o), b.name())).toList();
    }

    /**
     * Puts an object on the mock cluster as an earlier apply left it: what was applied, with the
     * fields the server adds (defaults, status, managedFields of maestro-deploy), then {@code edit}.
     */
    @SuppressWarnings("unchecked")
    private HasMetadata onCluster(HasMetadata object, Consumer<Map<String, Object>> edit) {
        Map<String, Object> tree = json.convertValue(object, LinkedHashMap.class);
        Map<String, Object> metadata = (Map<String, Object>) tree.get("metadata");
        List<Object> managed = new ArrayList<>(List.of(Map.of("manager", "maestro-deploy", "operation", "Apply",
                "apiVersion", object.getApiVersion(), "fieldsType", "FieldsV1",
                "fieldsV1", Map.of("f:metadata", Map.of("f:labels", Map.of()))),
                Map.of("manager", "kube-controller-manager", "operation", "Update", "subresource", "status",
                        "fieldsV1", Map.of("f:status", Map.of()))));
        metadata.put("managedFields", managed);
        if (object instanceof Deployment) {
            metadata.put("annotations", Map.of("deployment.kubernetes.io/revision", "1"));
            Map<String, Object> spec = (Map<String, Object>) tree.get("spec");
            spec.put("strategy", Map.of("type", "RollingUpdate", "rollingUpdate", Map.of("maxSurge", "25%",
                    "maxUnavailable", "25%")));
            spec.put("revisionHistoryLimit", 10);
            spec.put("progressDeadlineSeconds", 600);
            Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
            pod.put("dnsPolicy", "ClusterFirst");
            pod.put("restartPolicy", "Always");
            pod.put("schedulerName", "default-scheduler");
            Map<String, Object> container = (Map<String, Object>) ((List<Object>) pod.get("containers")).get(0);
            container.put("terminationMessagePath", "/dev/termination-log");
            container.put("imagePullPolicy", "IfNotPresent");
            tree.put("status", Map.of("replicas", 1, "readyReplicas", 1, "observedGeneration", 1));
        }
        edit.accept(tree);
        return client.resource(json.unmarshal(json.asJson(tree), HasMetadata.class)).create();
    }

    /** Each dry-run apply's answer by path: status code and body; a later answer for a path replaces the earlier. */
    private final Map<String, Map.Entry<Integer, Object>> answers = new LinkedHashMap<>();

    /** The dry-run apply of {@code object} answers {@code merged}, with a newer resourceVersion and generation. */
    private void dryRunAnswers(HasMetadata object, HasMetadata merged) {
        HasMetadata answer = json.clone(merged);
        answer.getMetadata().setResourceVersion("999");
        answer.getMetadata().setGeneration(7L);
        answers.put(path(object), Map.entry(200, answer));
    }

    private void dryRunFails(String path, int code, String message) {
        answers.put(path, Map.entry(code, Map.of("kind", "Status", "apiVersion", "v1", "status", "Failure", "code", code,
                "message", message)));
    }

    /** The preview, with the dry-run answers in place (paths without one get the CRUD store's 404). */
    private ApplyPreview preview(Bundle b) {
        answers.forEach((path, answer) -> server.expect().patch().withPath(path + DRY_RUN_QUERY)
                .andReturn(answer.getKey(), answer.getValue()).always());
        answers.clear();
        return ApplyPreview.of(cluster(), b);
    }

    private static String path(HasMetadata object) {
        String name = object.getMetadata().getName();
        String ns = "/namespaces/" + BundleFixture.NAMESPACE;
        return switch (object.getKind()) {
            case "Namespace" -> "/api/v1/namespaces/" + name;
            case "ConfigMap" -> "/api/v1" + ns + "/configmaps/" + name;
            case "PersistentVolumeClaim" -> "/api/v1" + ns + "/persistentvolumeclaims/" + name;
            case "Service" -> "/api/v1" + ns + "/services/" + name;
            case "Deployment" -> "/apis/apps/v1" + ns + "/deployments/" + name;
            case "Ingress" -> "/apis/networking.k8s.io/v1" + ns + "/ingresses/" + name;
            default -> throw new IllegalArgumentException(object.getKind());
        };
    }

    /** The cluster as the bundle's last run left it, with its inventory; each object's dry run answers it unchanged. */
    private void deployed(Bundle b, List<ObjectRef> extraInventory) {
        List<ObjectRef> refs = new ArrayList<>();
        for (HasMetadata object : applied(b)) {
            dryRunAnswers(object, onCluster(object, tree -> { }));
            refs.add(ObjectRef.of(object));
        }
        refs.addAll(extraInventory);
        client.resource(new ConfigMapBuilder().withNewMetadata().withName(Inventory.configMapName(b.name()))
                .withNamespace(BundleFixture.NAMESPACE).endMetadata()
                .withData(Map.of("objects", refs.stream().map(ObjectRef::toString).collect(Collectors.joining("\n")) + "\n"))
                .build()).create();
    }

    /** The requests the diff made (those made to set the mock up are taken first). */
    private List<String> requestsOf(Runnable diff) throws Exception {
        int before = server.getRequestCount();
        for (int i = 0; i < before; i++) {
            server.takeRequest();
        }
        diff.run();
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < server.getRequestCount() - before; i++) {
            RecordedRequest request = server.takeRequest();
            requests.add(request.getMethod() + " " + request.getPath());
        }
        return requests;
    }

    /** Each version as {@code origin Kind name}. */
    private static List<String> versions(List<ApplyPreview.Version> versions) {
        return versions.stream().map(v -> v.origin() + " " + v.tree().get("kind") + " " + name(v)).toList();
    }

    private static String name(ApplyPreview.Version version) {
        return String.valueOf(((Map<?, ?>) version.tree().get("metadata")).get("name"));
    }

    private static ApplyPreview.Version named(List<ApplyPreview.Version> versions, String name) {
        return versions.stream().filter(v -> name(v).equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Object at(ApplyPreview.Version version, String... keys) {
        Object value = version.tree();
        for (String key : keys) {
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }

    @Test
    void onAClusterWithoutTheBundleEveryAppliedObjectIsAsSentAndItsJobIsNotThere() throws Exception {
        ApplyPreview[] preview = new ApplyPreview[1];
        List<String> requests = requestsOf(() -> preview[0] = preview(bundle));

        assertThat(preview[0].live()).isEmpty();
        assertThat(preview[0].applied()).hasSize(APPLIED).allMatch(v -> v.origin().equals(ApplyPreview.BUNDLE))
                .noneMatch(v -> "Job".equals(v.tree().get("kind")));
        assertThat(at(named(preview[0].applied(), "maestro-worker"), "metadata", "labels"))
                .isEqualTo(Map.ofEntries(Map.entry("app", "maestro"), Map.entry("component", "worker"),
                        Map.entry("app.kubernetes.io/name", "maestro"), Map.entry("app.kubernetes.io/component", "worker"),
                        Map.entry("app.kubernetes.io/part-of", "maestro"), Map.entry("app.kubernetes.io/managed-by", "maestro-deploy"),
                        Map.entry(BundleContract.LABEL_BUNDLE, "maestro")));
        assertThat(requests).hasSize(APPLIED + KINDS);
        assertThat(preview[0].cluster()).isEqualTo("cluster " + client.getMasterUrl() + ", namespace maestro");
    }

    @Test
    void afterARunEachObjectIsTheLiveOneAndTheServersDryRunAnswerWithOneListPerKindAndOneDryRunPerObject()
            throws Exception {
        deployed(bundle, List.of());
        ApplyPreview[] preview = new ApplyPreview[1];

        List<String> requests = requestsOf(() -> preview[0] = preview(bundle));

        assertThat(versions(preview[0].live())).hasSize(APPLIED).allMatch(v -> v.startsWith(ApplyPreview.LIVE + " "));
        assertThat(versions(preview[0].applied())).hasSize(APPLIED).allMatch(v -> v.startsWith(ApplyPreview.DRY_RUN + " "));
        // the live version keeps what the diff needs: managedFields (who owns what) and all the server added
        ApplyPreview.Version broker = named(preview[0].live(), "maestro-broker");
        assertThat(at(broker, "metadata", "managedFields").toString()).contains("manager=maestro-deploy");
        assertThat(at(broker, "status")).isNotNull();
        assertThat(at(named(preview[0].applied(), "maestro-broker"), "metadata", "resourceVersion")).isEqualTo("999");
        assertThat(requests.stream().filter(r -> r.startsWith("GET "))).hasSize(KINDS)
                .allMatch(r -> r.matches("GET /api(s/[a-z0-9.]+)?/v1/(namespaces/maestro/[a-z]+|namespaces\\?fieldSelector=.*)"));
        assertThat(requests.stream().filter(r -> r.startsWith("PATCH "))).hasSize(APPLIED).allMatch(r -> r.endsWith(DRY_RUN_QUERY));
        assertThat(requests).hasSize(APPLIED + KINDS);
    }

    @Test
    void aChangedBundleIsTheServersAnswerToTheChangedObject() {
        deployed(bundle, List.of());
        List<HasMetadata> objects = new ArrayList<>(bundle.infrastructure());
        Deployment worker = (Deployment) json.clone(objects.stream()
                .filter(o -> o.getMetadata().getName().equals("maestro-worker")).findFirst().orElseThrow());
        worker.getSpec().setReplicas(5);
        objects.replaceAll(o -> o.getMetadata().getName().equals("maestro-worker") ? worker : o);
        objects.add(bundle.testCases().get(0).configMap());
        objects.add(bundle.testCases().get(0).job());
        Bundle changed = Bundle.of("maestro", objects, bundle.commands());
        Deployment merged = json.clone(client.resource(ApplyLabels.stamp(json.clone(worker), "maestro")).get());
        merged.getSpec().setReplicas(5);
        dryRunAnswers(worker, merged);

        ApplyPreview preview = preview(changed);

        assertThat(at(named(preview.live(), "maestro-worker"), "spec", "replicas")).isEqualTo(1);
        assertThat(at(named(preview.applied(), "maestro-worker"), "spec", "replicas")).isEqualTo(5);
    }

    @Test
    void anEditOnTheClusterByAnotherFieldManagerIsInTheLiveVersionsManagedFields() {
        deployed(bundle, List.of());
        HasMetadata broker = applied(bundle).stream().filter(o -> o.getMetadata().getName().equals("maestro-broker"))
                .findFirst().orElseThrow();
        client.resource(broker).delete();
        onCluster(broker, tree -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> spec = (Map<String, Object>) tree.get("spec");
            spec.put("replicas", 3);
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = (Map<String, Object>) tree.get("metadata");
            @SuppressWarnings("unchecked")
            List<Object> managed = (List<Object>) metadata.get("managedFields");
            managed.add(Map.of("manager", "kubectl-edit", "operation", "Update", "fieldsType", "FieldsV1",
                    "fieldsV1", Map.of("f:spec", Map.of("f:replicas", Map.of()))));
        });

        ApplyPreview preview = preview(bundle);

        ApplyPreview.Version live = named(preview.live(), "maestro-broker");
        assertThat(at(live, "spec", "replicas")).isEqualTo(3);
        assertThat(at(live, "metadata", "managedFields").toString()).contains("manager=kubectl-edit", "f:replicas");
        // the dry run (answered with the object as deployed() applied it) sets replicas back to the bundle's 1
        assertThat(at(named(preview.applied(), "maestro-broker"), "spec", "replicas")).isEqualTo(1);
    }

    @Test
    void whatTheInventoryRecordsAndTheBundleNoLongerHasIsLiveWithNothingApplied() throws Exception {
        HasMetadata exporter = BundleFixture.kubernetes().withExporter().build().infrastructure().stream()
                .filter(o -> o.getMetadata().getName().equals("maestro-exporter")).findFirst().orElseThrow();
        deployed(bundle, List.of(ObjectRef.of(exporter), new ObjectRef("v1", "Service", "maestro", "long-gone")));
        onCluster(ApplyLabels.stamp(json.clone(exporter), "maestro"), tree -> { });
        ApplyPreview[] preview = new ApplyPreview[1];

        List<String> requests = requestsOf(() -> preview[0] = preview(bundle));

        assertThat(versions(preview[0].live())).hasSize(APPLIED + 1).contains("live Deployment maestro-exporter")
                .noneMatch(v -> v.endsWith("long-gone"));
        assertThat(versions(preview[0].applied())).hasSize(APPLIED).noneMatch(v -> v.endsWith("maestro-exporter"));
        // the pruned kinds were listed already: no request more for them, none for what is already gone
        assertThat(requests).hasSize(APPLIED + KINDS);
    }

    @Test
    void aPrunedObjectOfAKindTheBundleHasNoMoreIsListedOnce() throws Exception {
        deployed(bundle, List.of(new ObjectRef("v1", "Secret", "maestro", "old-credentials")));
        client.resource(new io.fabric8.kubernetes.api.model.SecretBuilder().withNewMetadata().withName("old-credentials")
                .withNamespace("maestro").endMetadata().withData(Map.of("password", "aHVudGVyMg==")).build()).create();
        ApplyPreview[] preview = new ApplyPreview[1];

        List<String> requests = requestsOf(() -> preview[0] = preview(bundle));

        assertThat(versions(preview[0].live())).contains("live Secret old-credentials");
        assertThat(requests).hasSize(APPLIED + KINDS + 1).contains("GET /api/v1/namespaces/maestro/secrets");
    }

    @Test
    void anObjectTheServerRefusesIsAnErrorNamingIt() {
        dryRunFails("/apis/apps/v1/namespaces/maestro/deployments/maestro-worker", 422,
                "Deployment.apps \"maestro-worker\" is invalid: spec.replicas: Invalid value: -1");

        assertThatThrownBy(() -> preview(bundle))
                .isInstanceOf(KubernetesClientException.class)
                .hasMessageStartingWith("Deployment maestro-worker: the dry-run apply was refused: ");
    }

    @Test
    void aServerWithoutServerSideApplyIsAnErrorSayingSo() {
        deployed(bundle, List.of());
        dryRunFails("/api/v1/namespaces/maestro/configmaps/broker-config", 415, "unsupported media type");

        assertThatThrownBy(() -> preview(bundle))
                .isInstanceOf(KubernetesClientException.class).hasMessageContaining("does not support server-side apply");
    }

    @Test
    void aKindTheClusterDoesNotServeIsAnErrorSayingSo() {
        server.expect().get().withPath("/apis/route.openshift.io/v1/namespaces/maestro/routes")
                .andReturn(404, Map.of("kind", "Status", "code", 404, "message", "the server could not find the requested resource"))
                .always();

        assertThatThrownBy(() -> preview(BundleFixture.kubernetes().withRoute().build()))
                .isInstanceOf(KubernetesClientException.class)
                .hasMessage("Route (route.openshift.io/v1) is not served by this cluster: the bundle cannot be applied here");
    }
}
