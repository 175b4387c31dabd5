package org.maestroperf.deploy.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** maestro:run against a mock API server named by a kubeconfig file, as a user's build would name theirs. */
@EnableKubernetesMockClient(crud = true)
class RunMojoTest {

    KubernetesMockServer server;
    KubernetesClient client;

    @TempDir
    Path dir;
    RunMojo mojo;

    @BeforeEach
    void projectWithABundle() throws Exception {
        Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster: {server: "https://localhost:%d", insecure-skip-tls-verify: true}
                users:
                - name: tester
                  user: {token: secret}
                contexts:
                - name: mock
                  context: {cluster: mock, user: tester, namespace: from-kubeconfig}
                current-context: mock
                """.formatted(server.getPort()));
        server.expect().get().withPath("/version").andReturn(200, Map.of("gitVersion", "v1.30.0")).always();
        server.expect().get().withPath("/apis").andReturn(200, Map.of("kind", "APIGroupList", "groups", java.util.List.of()))
                .always();
        server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews").andReturn(201,
                Map.of("kind", "SelfSubjectAccessReview", "apiVersion", "authorization.k8s.io/v1",
                        "status", Map.of("allowed", true))).always();
        Files.createDirectories(dir.resolve("target/maestro"));
        Files.writeString(dir.resolve("target/maestro/bundle.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: broker-config, namespace: perf}
                data: {a: b}
                """);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("perf").endMetadata().build()).create();

        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        mojo = new RunMojo();
        mojo.project = project;
        // as Maven sets them from the defaults and the configuration, relative to the project
        mojo.bundle = Path.of("target/maestro").toFile();
        mojo.bundleName = "maestro";
        mojo.kubeconfig = Path.of("kubeconfig").toFile();
        mojo.resultsDirectory = Path.of("target/maestro-results").toFile();
    }

    @Test
    void aDryRunAppliesTheBundleWithDryRunAllInItsNamespaceAndPasses() throws Exception {
        mojo.dryRun = true;

        mojo.execute();

        boolean sawDryRunApply = false;
        for (int i = server.getRequestCount(); i > 0; i--) {
            String path = server.takeRequest().getPath();
            sawDryRunApply |= path.startsWith("/api/v1/namespaces/perf/configmaps/broker-config?") && path.contains("dryRun=All");
        }
        assertThat(sawDryRunApply).isTrue();
        assertThat(dir.resolve("target/maestro-results")).as("a dry run writes no results").doesNotExist();
    }

    @Test
    void aClusterThatCannotRunTheBundleFailsTheBuildWithThePreflightProblem() throws Exception {
        Files.writeString(dir.resolve("target/maestro/bundle.yaml"), """
                apiVersion: route.openshift.io/v1
                kind: Route
                metadata: {name: reports, namespace: perf}
                spec: {to: {kind: Service, name: reports}}
                """);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("maestro:run: INFRASTRUCTURE")
                .hasMessageContaining("Route reports needs route.openshift.io/v1");
    }

    @Test
    void aMissingBundleIsAMistakeOfTheBuildNotAnInternalError() throws Exception {
        mojo.bundle = Path.of("target/nothing-here").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("maestro:run: 1 problem")
                .hasMessageContaining(dir.resolve("target/nothing-here") + ": no bundle here");
    }

    @Test
    void skipDoesNothing() throws Exception {
        mojo.skip = true;
        int before = server.getRequestCount();

        mojo.execute();

        assertThat(server.getRequestCount()).isEqualTo(before);
    }
}
