package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code diff} against a cluster and {@code run --diff}, through picocli, against a mock API server named by a kubeconfig. */
@EnableKubernetesMockClient(crud = true)
class DiffLiveCommandTest {

    KubernetesMockServer server;
    KubernetesClient client;

    @TempDir
    Path dir;
    Path kubeconfig;
    Path bundle;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        kubeconfig = kubeconfig("https://localhost:" + server.getPort());
        server.expect().get().withPath("/version").andReturn(200, Map.of("gitVersion", "v1.30.0")).always();
        server.expect().get().withPath("/apis").andReturn(200, Map.of("kind", "APIGroupList", "groups", java.util.List.of()))
                .always();
        server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews").andReturn(201,
                Map.of("kind", "SelfSubjectAccessReview", "apiVersion", "authorization.k8s.io/v1",
                        "status", Map.of("allowed", true))).always();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("perf").endMetadata().build()).create();
        bundle = dir.resolve("bundle");
        Files.createDirectories(bundle);
        Files.writeString(bundle.resolve("bundle.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: broker-config, namespace: perf, labels: {app.kubernetes.io/component: broker}}
                data: {mosquitto.conf: "log_dest stdout\\n"}
                """);
    }

    private Path kubeconfig(String server) throws Exception {
        return Files.writeString(dir.resolve("kubeconfig-" + Math.abs(server.hashCode())), """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster: {server: "%s", insecure-skip-tls-verify: true}
                users:
                - name: tester
                  user: {token: secret}
                contexts:
                - name: mock
                  context: {cluster: mock, user: tester, namespace: from-kubeconfig}
                current-context: mock
                """.formatted(server));
    }

    private int run(String... args) {
        return MaestroDeploy.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void aBundleNotOnTheClusterYetIsAllAdditionsExitOne() {
        int code = run("diff", bundle.toString(), "--kubeconfig", kubeconfig.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.DIFFERENCES);
        assertThat(out.toString()).contains("  old: cluster https://localhost:" + server.getPort() + "/, namespace perf",
                "  new: " + bundle, "+ ConfigMap perf/broker-config: broker configuration broker-config is added",
                "+    maestro-deploy/bundle: maestro");
        assertThat(client.configMaps().inNamespace("perf").list().getItems()).isEmpty();
    }

    @Test
    void runWithDiffOffATerminalShowsTheDiffAndStopsUnlessYes() {
        int code = run("run", bundle.toString(), "--diff", "--kubeconfig", kubeconfig.toString());

        assertThat(code).isEqualTo(ExitCode.DIFFERENCES);
        assertThat(out.toString()).contains("+ ConfigMap perf/broker-config");
        assertThat(err.toString()).contains("error: not applied: nothing was changed; --diff asks before applying, and"
                + " without a terminal to ask on, --yes applies");
        assertThat(client.configMaps().inNamespace("perf").list().getItems()).isEmpty();

        out.getBuffer().setLength(0);
        code = run("run", bundle.toString(), "--diff", "--yes", "--kubeconfig", kubeconfig.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("+ ConfigMap perf/broker-config");
        assertThat(client.configMaps().inNamespace("perf").withName("broker-config").get()).isNotNull();
    }

    @Test
    void yesWithoutDiffIsAUsageMistake() {
        assertThat(run("run", bundle.toString(), "--yes", "--kubeconfig", kubeconfig.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("error: --yes answers the question --diff asks");
    }

    @Test
    void aServerWithoutServerSideApplyCannotBeDiffedExitFour() {
        // the CRUD mock answers an apply patch of an object it holds with 415, as servers before 1.16 do
        assertThat(run("run", bundle.toString(), "--kubeconfig", kubeconfig.toString(), "--quiet")).isEqualTo(ExitCode.OK);

        int code = run("diff", bundle.toString(), "--kubeconfig", kubeconfig.toString());

        assertThat(code).isEqualTo(ExitCode.INFRASTRUCTURE);
        assertThat(err.toString()).contains("error: cluster API: the API server does not support server-side apply");
    }

    @Test
    void anUnreachableClusterIsExitFourNotAFallback() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int code = run("diff", bundle.toString(), "--kubeconfig", kubeconfig("https://127.0.0.1:" + port).toString());

        assertThat(code).isEqualTo(ExitCode.INFRASTRUCTURE);
        assertThat(err.toString()).startsWith("error: cluster API: ").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }
}
