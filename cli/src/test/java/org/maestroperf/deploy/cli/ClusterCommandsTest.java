package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
                - name: staging
                  cluster: {server: "https://127.0.0.1:1", insecure-skip-tls-verify: true}
                users:
                - name: tester
                  user: {token: secret}
                contexts:
                - name: mock
                  context: {cluster: mock, user: tester, namespace: from-kubeconfig}
                - name: staging
                  context: {cluster: staging, user: tester}
                current-context: mock
                """.formatted(server.getPort()));
        server.expect().get().withPath("/version").andReturn(200, Map.of("gitVersion", "v1.30.0")).always();
        server.expect().get().withPath("/apis").andReturn(200, Map.of("kind", "APIGroupList", "groups", List.of()))
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

    /** Every command that talks to the cluster, with what it needs besides the connection flags. */
    static java.util.stream.Stream<List<String>> clusterCommands() {
        return java.util.stream.Stream.of(List.of("run", "BUNDLE"), List.of("preflight", "BUNDLE"),
                List.of("teardown", "BUNDLE"), List.of("scale", "workers", "3"), List.of("stop", "BUNDLE"),
                List.of("unassign", "BUNDLE"), List.of("label-nodes", "--infra", "n1"));
    }

    private String[] withBundle(List<String> command) throws Exception {
        Path bundle = bundle("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: perf}\n");
        Files.createDirectories(bundle.resolve("commands"));
        for (String job : List.of("stop", "unassign")) {
            Files.writeString(bundle.resolve("commands").resolve(job + ".yaml"), """
                    apiVersion: batch/v1
                    kind: Job
                    metadata: {name: maestro-%s, namespace: perf}
                    spec:
                      template:
                        spec:
                          restartPolicy: Never
                          containers: [{name: client, image: maestroperf/maestro-client:1.5.5}]
                    """.formatted(job));
        }
        return command.stream().map(a -> a.equals("BUNDLE") ? bundle.toString() : a).toArray(String[]::new);
    }

    private static String[] plus(String[] command, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** A Status as a real API server answers a refused request. */
    private static Map<String, Object> status(int code, String reason, String message) {
        return Map.of("kind", "Status", "apiVersion", "v1", "status", "Failure", "code", code, "reason", reason,
                "message", message);
    }

    @ParameterizedTest
    @MethodSource("clusterCommands")
    void anUnreachableApiServerIsOneLineNamingIt(List<String> command) throws Exception {
        int code = run(plus(withBundle(command), "--context", "staging"));

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.INFRASTRUCTURE);
        assertThat(err.toString()).contains("the API server https://127.0.0.1:1/ cannot be reached: connection refused")
                .doesNotContain("An error has occurred").doesNotContain("Exception").doesNotContain("Status(");
        assertThat(err.toString().lines().filter(l -> l.startsWith("error: "))).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("clusterCommands")
    void withOutputJsonEveryLineOnStdoutIsAJsonEventFailuresIncluded(List<String> command) throws Exception {
        assertThat(run(plus(withBundle(command), "-o", "json", "--context", "staging")))
                .isEqualTo(ExitCode.INFRASTRUCTURE);
        assertThat(run(plus(withBundle(command), "-o", "json", "--context", "mockk"))).isEqualTo(ExitCode.USAGE);

        assertThat(err.toString()).isEmpty();
        List<Map<String, Object>> events = out.toString().lines().map(ClusterCommandsTest::json).toList();
        assertThat(events).allSatisfy(e -> assertThat(e).containsKeys("time", "type", "message"));
        assertThat(events).anySatisfy(e -> assertThat((String) e.get("message"))
                .contains("the API server https://127.0.0.1:1/ cannot be reached: connection refused"));
        assertThat(events.get(events.size() - 1)).containsEntry("type", "error")
                .containsEntry("message", "--context mockk: no such context in " + kubeconfig
                        + " (its contexts: mock, staging); did you mean 'mock'?");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String line) {
        return new io.fabric8.kubernetes.client.utils.KubernetesSerialization().unmarshal(line, Map.class);
    }

    @Test
    void aForbiddenRequestSaysWhatMayNotBeDoneWhereAndByWhom() {
        server.expect().get().withPath("/apis/apps/v1/namespaces/from-kubeconfig/deployments/maestro-worker")
                .andReturn(403, status(403, "Forbidden", "deployments.apps \"maestro-worker\" is forbidden: User \"dev\""
                        + " cannot get resource \"deployments\" in API group \"apps\" in the namespace \"from-kubeconfig\""))
                .once();

        assertThat(run("scale", "workers", "3")).isEqualTo(ExitCode.INFRASTRUCTURE);
        assertThat(err.toString()).isEqualTo("error: forbidden: get deployments.apps in namespace from-kubeconfig (user dev)\n");
    }

    @Test
    void aForbiddenAnswerWithoutTheServersWordsIsToldFromTheRequest() {
        workerDeployment();
        server.expect().patch().withPath("/apis/apps/v1/namespaces/from-kubeconfig/deployments/maestro-worker")
                .andReturn(403, status(403, "Forbidden", "Forbidden")).once();

        assertThat(run("scale", "workers", "3")).isEqualTo(ExitCode.INFRASTRUCTURE);
        assertThat(err.toString()).isEqualTo(
                "error: forbidden: patch deployments.apps maestro-worker in namespace from-kubeconfig\n");
    }

    @Test
    void refusedCredentialsAreNotAuthorisedNamingTheServerAndContext() {
        // always: on a 401 fabric8 refreshes the token and asks again
        server.expect().get().withPath("/api/v1/nodes/n1").andReturn(401, status(401, "Unauthorized", "Unauthorized"))
                .always();

        assertThat(run("label-nodes", "--infra", "n1")).isEqualTo(ExitCode.INFRASTRUCTURE);
        assertThat(err.toString()).isEqualTo("error: not authorised: the API server https://localhost:" + server.getPort()
                + "/ refused the credentials of context mock\n");
    }

    @Test
    void scaleAndLabelNodesReportTheirResultAsJsonEvents() {
        workerDeployment();
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("n1").endMetadata().build()).create();

        assertThat(run("scale", "workers", "2", "-o", "json")).isEqualTo(ExitCode.OK);
        assertThat(run("label-nodes", "--worker", "n1", "-o", "json")).isEqualTo(ExitCode.OK);

        List<Map<String, Object>> events = out.toString().lines().map(ClusterCommandsTest::json).toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).containsEntry("type", "done").containsEntry("replicas", 2)
                .containsEntry("namespace", "from-kubeconfig");
        assertThat(events.get(1)).containsEntry("type", "labelled").containsEntry("node", "n1").containsEntry("role", "worker");
    }

    @Test
    void labelNodesHasNoNamespaceFlag() {
        assertThat(run("label-nodes", "--infra", "n1", "-n", "perf")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("unknown options: '-n', 'perf'");
    }

    @ParameterizedTest
    @MethodSource("clusterCommands")
    void aContextTheKubeconfigLacksIsRefusedBeforeAnyRequestReachesTheCurrentOne(List<String> command) throws Exception {
        List<String> args = new ArrayList<>(List.of(withBundle(command)));
        args.addAll(List.of("--context", "mockk"));

        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo("error: --context mockk: no such context in " + kubeconfig
                + " (its contexts: mock, staging); did you mean 'mock'?\n");
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @MethodSource("clusterCommands")
    void aKubeconfigThatDoesNotParseIsRefusedAtItsPositionBeforeAnyRequest(List<String> command) throws Exception {
        Files.writeString(kubeconfig, Files.readString(kubeconfig).replace("current-context: mock", "current-context: [mock"));

        assertThat(run(withBundle(command))).as(err.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("error: " + kubeconfig + ":17:1: not a kubeconfig: expected ',' or ']'")
                .doesNotContain("Exception");
        assertThat(server.getRequestCount()).isZero();
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
        workerDeployment();

        assertThat(run("scale", "workers", "3")).isEqualTo(ExitCode.OK);
        assertThat(client.apps().deployments().inNamespace("from-kubeconfig").withName("maestro-worker").get()
                .getSpec().getReplicas()).isEqualTo(3);
        assertThat(run("scale", "workers", "3", "-n", "elsewhere")).isEqualTo(ExitCode.USAGE);
        assertThat(run("scale", "brokers", "3")).isEqualTo(ExitCode.USAGE);
    }

    private void workerDeployment() {
        client.apps().deployments().inNamespace("from-kubeconfig").resource(new DeploymentBuilder().withNewMetadata()
                .withName("maestro-worker").endMetadata().withNewSpec().withReplicas(1).endSpec().build()).create();
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
