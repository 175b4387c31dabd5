package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.runner.RunOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The cluster commands end to end through picocli, against a mock API server named by a kubeconfig file. */
@EnableKubernetesMockClient(crud = true)
class ClusterCommandsTest {

    KubernetesMockServer server;
    KubernetesClient client;

    @TempDir
    Path dir;
    Path kubeconfig;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void kubeconfig() throws Exception {
        kubeconfig = dir.resolve("kubeconfig");
        Files.writeString(kubeconfig, """
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
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--kubeconfig";
        all[args.length + 1] = kubeconfig.toString();
        return MaestroDeploy.run(all, new PrintWriter(out), new PrintWriter(err));
    }

    private Path bundle(String yaml) throws Exception {
        Path bundle = dir.resolve("bundle");
        Files.createDirectories(bundle);
        Files.writeString(bundle.resolve("bundle.yaml"), yaml);
        return bundle;
    }

    @Test
    void preflightRefusesARouteBundleOnKubernetesWithExitCode4() throws Exception {
        Path bundle = bundle("""
                apiVersion: route.openshift.io/v1
                kind: Route
                metadata: {name: reports, namespace: perf}
                spec: {to: {kind: Service, name: reports}}
                """);
        client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata()
                .withName("perf").endMetadata().build()).create();

        int code = run("preflight", bundle.toString());

        assertThat(code).isEqualTo(ExitCode.INFRASTRUCTURE);
        assertThat(err.toString()).contains("error: kinds: Route reports needs route.openshift.io/v1");
    }

    @Test
    void dryRunAppliesWithDryRunAllInTheBundlesNamespaceAndExitsZero() throws Exception {
        Path bundle = bundle("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: broker-config, namespace: perf}
                data: {a: b}
                """);
        client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata()
                .withName("perf").endMetadata().build()).create();

        int code = run("run", bundle.toString(), "--dry-run=server", "--quiet");

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        boolean sawDryRunApply = false;
        for (int i = server.getRequestCount(); i > 0; i--) {
            String path = server.takeRequest().getPath();
            sawDryRunApply |= path.startsWith("/api/v1/namespaces/perf/configmaps/broker-config?") && path.contains("dryRun=All");
        }
        assertThat(sawDryRunApply).isTrue();
    }

    @Test
    void aProfileIsGeneratedInMemoryAndCheckedLikeAWrittenBundle() {
        // an OpenShift bundle carries a Route, which this plain Kubernetes API does not serve
        int code = run("preflight", "--profile", "okd-mosquitto", "--testcase",
                Path.of("..", "profiles", "testcases", "fixed-rate.yaml").toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.INFRASTRUCTURE);
        assertThat(err.toString()).contains("error: kinds: Route reports needs route.openshift.io/v1");
    }

    @Test
    void aBundleComesFromADirectoryOrAProfileNotBoth() throws Exception {
        Path bundle = bundle("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        assertThat(run("run", bundle.toString(), "--profile", "kubernetes-mosquitto")).isEqualTo(ExitCode.USAGE);
        assertThat(run("run")).isEqualTo(ExitCode.USAGE);
        assertThat(run("run", bundle.toString(), "--testcase", "x.yaml")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString().lines()).contains(
                "error: give either a generated BUNDLE directory or --profile (to generate one in memory)",
                "error: --testcase, --set and --templates need --profile; a generated BUNDLE already holds its test cases");
    }

    @Test
    void usageMistakesExitWith2AndOneErrorLine() throws Exception {
        assertThat(run("run", dir.resolve("missing").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("error: ").contains("no bundle here");
        assertThat(run("run", dir.toString(), "--timeout", "soon")).isEqualTo(ExitCode.USAGE);
        assertThat(run("run", dir.toString(), "--dry-run=client")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).doesNotContain("Exception");
    }

    /** It ended in exit 70 and an internal error, after the run. */
    @Test
    void resultsThatCannotBeWrittenAreRefusedBeforeConnecting() throws Exception {
        Path bundle = bundle("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: perf}\n");
        Path file = Files.writeString(dir.resolve("results.txt"), "a file");
        int before = server.getRequestCount();
        for (Path results : java.util.List.of(file, file.resolve("sub"))) {
            err.getBuffer().setLength(0);
            assertThat(run("run", bundle.toString(), "--dry-run=server", "--results", results.toString())).as(results.toString())
                    .isEqualTo(ExitCode.USAGE);
            assertThat(err.toString().lines()).as(results.toString()).singleElement().asString()
                    .startsWith("error: --results " + results + ": ");
        }
        assertThat(err.toString()).contains(file + " is a file, not a directory");
        assertThat(server.getRequestCount()).as("nothing was sent").isEqualTo(before);
        assertThat(file).hasContent("a file");
    }

    @Test
    void labelNodesLabelsEveryNamedNodeAndRefusesUnknownOnes() {
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("n1").endMetadata().build()).create();
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("n2").endMetadata().build()).create();
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("n3").endMetadata().build()).create();

        assertThat(run("label-nodes", "--infra", "n1", "--worker", "n2,n3")).isEqualTo(ExitCode.OK);
        assertThat(client.nodes().withName("n1").get().getMetadata().getLabels()).containsEntry("maestro-node-role", "infra");
        assertThat(client.nodes().withName("n3").get().getMetadata().getLabels()).containsEntry("maestro-node-role", "worker");
        assertThat(run("label-nodes", "--worker", "n9")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("error: no node named n9");
    }

    @Test
    void scaleWorkersSetsTheReplicasInTheKubeconfigNamespace() {
        client.apps().deployments().inNamespace("from-kubeconfig").resource(new DeploymentBuilder().withNewMetadata()
                .withName("maestro-worker").endMetadata().withNewSpec().withReplicas(1).endSpec().build()).create();

        assertThat(run("scale", "workers", "3")).isEqualTo(ExitCode.OK);
        assertThat(client.apps().deployments().inNamespace("from-kubeconfig").withName("maestro-worker").get()
                .getSpec().getReplicas()).isEqualTo(3);
        assertThat(run("scale", "workers", "3", "-n", "elsewhere")).isEqualTo(ExitCode.USAGE);
        assertThat(run("scale", "brokers", "3")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void everyRunOutcomeHasItsExitCode() {
        assertThat(RunCommand.exitCode(RunOutcome.PASSED)).isEqualTo(0);
        assertThat(RunCommand.exitCode(RunOutcome.FAILED)).isEqualTo(1);
        assertThat(RunCommand.exitCode(RunOutcome.TIMEOUT)).isEqualTo(3);
        assertThat(RunCommand.exitCode(RunOutcome.INFRASTRUCTURE)).isEqualTo(4);
        assertThat(RunCommand.exitCode(RunOutcome.INTERRUPTED)).isEqualTo(130);
    }
}
