package org.maestroperf.deploy.runner.preflight;

import java.util.List;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.testing.BundleFixture;
import org.maestroperf.deploy.runner.testing.MockCluster;

import static org.assertj.core.api.Assertions.assertThat;

@EnableKubernetesMockClient(crud = true)
class PreflightTest {

    KubernetesMockServer server;
    KubernetesClient client;

    private List<String> problems(Bundle bundle) {
        return Preflight.run(new Cluster(client, BundleFixture.NAMESPACE), bundle, Progress.QUIET).problems().stream()
                .map(PreflightProblem::line).toList();
    }

    @Test
    void preparedClusterPasses() {
        MockCluster.serve(server, false);
        MockCluster.prepare(client);

        assertThat(problems(BundleFixture.kubernetes().testCase("tc", 0).requiredWorkerRole("worker").build())).isEmpty();
    }

    @Test
    void routeBundleOnPlainKubernetesIsRefusedWithTheKubernetesVariantAsFix() {
        MockCluster.serve(server, false);
        MockCluster.prepare(client);
        client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata()
                .withName("maestro").endMetadata().build()).create();

        assertThat(problems(BundleFixture.kubernetes().withRoute().build())).singleElement().asString()
                .startsWith("kinds: Route reports needs route.openshift.io/v1")
                .contains("generate the kubernetes variant");
    }

    @Test
    void routeBundleOnOpenShiftPasses() {
        MockCluster.serve(server, true);
        MockCluster.prepare(client);
        client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata()
                .withName("maestro").endMetadata().build()).create();

        assertThat(problems(BundleFixture.kubernetes().withRoute().build())).isEmpty();
    }

    @Test
    void missingNamespaceWithoutANamespaceObjectIsReported() {
        MockCluster.serve(server, true);
        MockCluster.prepare(client);

        assertThat(problems(BundleFixture.kubernetes().withRoute().build())).singleElement().asString()
                .startsWith("namespace: namespace maestro does not exist").contains("oc new-project maestro");
    }

    @Test
    void requiredRoleWithoutLabelledNodesSuggestsLabelNodes() {
        MockCluster.serve(server, false);
        MockCluster.node(client, "node-1", "infra");
        client.storage().v1().storageClasses().resource(new io.fabric8.kubernetes.api.model.storage.StorageClassBuilder()
                .withNewMetadata().withName("standard").addToAnnotations("storageclass.kubernetes.io/is-default-class", "true")
                .endMetadata().withProvisioner("p").build()).create();

        assertThat(problems(BundleFixture.kubernetes().requiredWorkerRole("worker").build())).singleElement().asString()
                .startsWith("node-roles: no node matches the required affinity of Deployment maestro-worker "
                        + "(maestro-node-role In [worker])")
                .contains("maestro-deploy label-nodes --worker NODE");
    }

    @Test
    void noDefaultStorageClassAndTakenNodePortAndDeniedAccessAreEachOneLine() {
        MockCluster.serveDiscovery(server, false);
        MockCluster.answerAccessReviews(server, false);
        client.services().inNamespace("other").resource(new ServiceBuilder().withNewMetadata().withName("grabber")
                .endMetadata().withNewSpec().withType("NodePort").addNewPort().withPort(80).withNodePort(30002).endPort()
                .endSpec().build()).create();

        List<String> problems = problems(BundleFixture.kubernetes().build());

        assertThat(problems).anyMatch(p -> p.startsWith("storage: PVC reports-data names no StorageClass and the cluster has no default one"));
        assertThat(problems).anyMatch(p -> p.startsWith("node-ports: Service reports-external wants NodePort 30002, already taken by Service other/grabber"));
        assertThat(problems).anyMatch(p -> p.startsWith("access: you may not get,create,patch,delete,watch deployments.apps in namespace maestro"));
        assertThat(problems).anyMatch(p -> p.startsWith("access: you may not get,create,patch,delete namespaces, and the bundle creates namespace maestro (fix: ask a cluster admin"));
        assertThat(problems).allMatch(p -> !p.contains("\n") && p.contains("(fix: "));
    }

    @Test
    void unreachableApiIsTheOnlyProblem() {
        KubernetesClient nowhere = new io.fabric8.kubernetes.client.KubernetesClientBuilder().withConfig(
                new io.fabric8.kubernetes.client.ConfigBuilder().withMasterUrl("https://127.0.0.1:1")
                        .withRequestRetryBackoffLimit(0).build()).build();

        List<String> problems = Preflight.run(new Cluster(nowhere, "maestro"), BundleFixture.kubernetes().build(),
                Progress.QUIET).problems().stream().map(PreflightProblem::line).toList();

        assertThat(problems).singleElement().asString()
                .startsWith("api: the API server https://127.0.0.1:1/ cannot be reached: connection refused (fix: ")
                .contains("kubectl cluster-info");
    }

    @Test
    void refusedCredentialsAreNotAuthorisedNotUnreachable() {
        // a real server answers every request so when the token is wrong (fabric8 reads /version's answer as
        // an empty version, so it is /apis that tells)
        for (String path : List.of("/version", "/apis")) {
            server.expect().get().withPath(path).andReturn(401, java.util.Map.of("kind", "Status", "apiVersion", "v1",
                    "status", "Failure", "code", 401, "reason", "Unauthorized", "message", "Unauthorized")).always();
        }

        assertThat(problems(BundleFixture.kubernetes().build())).singleElement().asString()
                .isEqualTo("api: not authorised: the API server " + client.getMasterUrl() + " refused the credentials of"
                        + " context fabric8-mock-server-context (fix: log in again (a fresh token or certificate), or check"
                        + " --kubeconfig/--context)")
                .doesNotContain("Status(").doesNotContain("cannot be reached");
    }

    @Test
    void aSecondBundleNameInANamespaceIsRefusedItsObjectsHaveTheFirstOnesNames() {
        MockCluster.serve(server, false);
        MockCluster.prepare(client);
        Cluster cluster = new Cluster(client, BundleFixture.NAMESPACE);
        new org.maestroperf.deploy.runner.apply.Deployer(cluster, false, Progress.QUIET).deploy(BundleFixture.kubernetes().build());

        assertThat(problems(BundleFixture.kubernetes().build())).isEmpty(); // the same bundle again: an update
        Bundle other = Bundle.of("other", BundleFixture.kubernetes().objects(), java.util.Map.of());
        assertThat(problems(other)).containsExactly("bundles: bundle maestro already owns 11 of this bundle's objects in"
                + " namespace maestro (Namespace maestro, ConfigMap broker-config, PersistentVolumeClaim reports-data, ...); bundles"
                + " with different --bundle-name cannot share a namespace, their objects have the same names (fix: deploy"
                + " into another namespace (-n), or use --bundle-name maestro to update that deployment, or remove it"
                + " first (maestro-deploy teardown --bundle-name maestro -n maestro))");
    }
}
