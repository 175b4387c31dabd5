package org.maestroperf.deploy.runner.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.APIGroupBuilder;
import io.fabric8.kubernetes.api.model.APIGroupListBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

/** Teaches the CRUD mock server what a real API server answers and the CRUD store cannot: discovery, access reviews. */
public final class MockCluster {

    private MockCluster() {
    }

    /** Version, API groups (with {@code route.openshift.io} when {@code openshift}), access reviews allowed. */
    public static void serve(KubernetesMockServer server, boolean openshift) {
        serveDiscovery(server, openshift);
        answerAccessReviews(server, true);
    }

    public static void serveDiscovery(KubernetesMockServer server, boolean openshift) {
        server.expect().get().withPath("/version").andReturn(200,
                Map.of("major", "1", "minor", "30", "gitVersion", "v1.30.0")).always();
        List<String> groupVersions = new ArrayList<>(List.of("apps/v1", "batch/v1", "networking.k8s.io/v1",
                "storage.k8s.io/v1", "authorization.k8s.io/v1"));
        if (openshift) {
            groupVersions.add("route.openshift.io/v1");
        }
        APIGroupListBuilder groups = new APIGroupListBuilder();
        for (String gv : groupVersions) {
            String[] parts = gv.split("/");
            groups.addToGroups(new APIGroupBuilder().withName(parts[0]).addNewVersion().withGroupVersion(gv)
                    .withVersion(parts[1]).endVersion().build());
        }
        server.expect().get().withPath("/apis").andReturn(200, groups.build()).always();
    }

    /** Every SelfSubjectAccessReview answers {@code allowed}. */
    public static void answerAccessReviews(KubernetesMockServer server, boolean allowed) {
        server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")
                .andReturn(201, Map.of("apiVersion", "authorization.k8s.io/v1", "kind", "SelfSubjectAccessReview",
                        "spec", Map.of(), "status", Map.of("allowed", allowed)))
                .always();
    }

    /** A default StorageClass and an infra and a worker node, as on a prepared cluster. */
    public static void prepare(KubernetesClient client) {
        client.resource(new StorageClassBuilder().withNewMetadata().withName("standard")
                .withAnnotations(Map.of("storageclass.kubernetes.io/is-default-class", "true")).endMetadata()
                .withProvisioner("example.com/hostpath").withVolumeBindingMode("WaitForFirstConsumer").build()).create();
        node(client, "node-1", "infra");
        node(client, "node-2", "worker");
    }

    public static void node(KubernetesClient client, String name, String role) {
        client.resource(new NodeBuilder().withNewMetadata().withName(name)
                .withLabels(Map.of("maestro-node-role", role)).endMetadata().build()).create();
    }
}
