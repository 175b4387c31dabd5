package org.maestroperf.deploy.runner.cluster;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.maestroperf.deploy.diag.UserException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cluster the user named, or an error: kubeconfig files, contexts and their absence. */
@ResourceLock("kubeconfig system property")
class ClusterConnectorTest {

    /** fabric8 reads this system property before $KUBECONFIG; tests set it instead of the environment. */
    private static final String KUBECONFIG = "kubeconfig";

    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(KUBECONFIG);
    }

    private Path kubeconfig(String name, String current, String... contextsAndPorts) throws Exception {
        StringBuilder clusters = new StringBuilder("clusters:\n");
        StringBuilder contexts = new StringBuilder("contexts:\n");
        for (int i = 0; i < contextsAndPorts.length; i += 2) {
            String context = contextsAndPorts[i];
            clusters.append("- name: ").append(context).append("\n  cluster: {server: \"https://127.0.0.1:")
                    .append(contextsAndPorts[i + 1]).append("\", insecure-skip-tls-verify: true}\n");
            contexts.append("- name: ").append(context).append("\n  context: {cluster: ").append(context)
                    .append(", user: tester, namespace: ns-").append(name).append("}\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, "apiVersion: v1\nkind: Config\n" + clusters + "users:\n- name: tester\n  user: {token: t}\n"
                + contexts + (current == null ? "" : "current-context: " + current + "\n"));
        return file;
    }

    private static Cluster connect(Path kubeconfig, String context) {
        return ClusterConnector.connect(new ConnectOptions(kubeconfig, context, null), null);
    }

    @Test
    void aContextTheKubeconfigLacksIsRefusedNamingTheOnesItHas() throws Exception {
        Path file = kubeconfig("config", "mock", "mock", "6443", "staging", "6444");

        assertThatThrownBy(() -> connect(file, "stagin")).isInstanceOf(UserException.class)
                .hasMessage("--context stagin: no such context in " + file + " (its contexts: mock, staging);"
                        + " did you mean 'staging'?");
        try (Cluster cluster = connect(file, "staging")) {
            assertThat(cluster.client().getMasterUrl().toString()).isEqualTo("https://127.0.0.1:6444/");
            assertThat(cluster.namespace()).isEqualTo("ns-config");
        }
    }

    @Test
    void aCurrentContextThatIsNotThereOrNoneAtAllIsRefused() throws Exception {
        Path dangling = kubeconfig("dangling", "gone", "mock", "6443");
        assertThatThrownBy(() -> connect(dangling, null)).isInstanceOf(UserException.class)
                .hasMessage(dangling + ":12:18: current-context gone: no such context in " + dangling
                        + " (its contexts: mock)");
        Path none = kubeconfig("none", null, "mock", "6443");
        assertThatThrownBy(() -> connect(none, null)).isInstanceOf(UserException.class)
                .hasMessage("no current-context in " + none + ": pass --context (its contexts: mock),"
                        + " or choose one with 'kubectl config use-context NAME'");
    }

    @Test
    void aKubeconfigThatIsMissingOrNotAKubeconfigIsRefusedAtItsPosition() throws Exception {
        assertThatThrownBy(() -> connect(dir.resolve("missing"), null)).isInstanceOf(UserException.class)
                .hasMessage("--kubeconfig " + dir.resolve("missing") + ": no such readable file");
        Path broken = dir.resolve("broken");
        Files.writeString(broken, "apiVersion: v1\nclusters:\n- name: a\n  cluster: {server: \"https://x\"\nusers: []\n");
        assertThatThrownBy(() -> connect(broken, null)).isInstanceOf(UserException.class)
                .hasMessage(broken + ":5:1: not a kubeconfig: expected ',' or '}', but got <scalar>");
        Path wrongShape = dir.resolve("shape");
        Files.writeString(wrongShape, "apiVersion: v1\nclusters: 5\n");
        assertThatThrownBy(() -> connect(wrongShape, null)).isInstanceOf(UserException.class)
                .hasMessage(wrongShape + ":2:11: not a kubeconfig: clusters must be a list");
        Path text = dir.resolve("text");
        Files.writeString(text, "just words\n");
        assertThatThrownBy(() -> connect(text, null)).isInstanceOf(UserException.class)
                .hasMessage(text + ":1:1: not a kubeconfig: expected a mapping with clusters, users and contexts");
    }

    @Test
    void aContextWhoseClusterIsMissingIsRefused() throws Exception {
        Path file = dir.resolve("orphan");
        Files.writeString(file, """
                clusters: []
                users: []
                contexts:
                - name: orphan
                  context: {cluster: nowhere, user: tester}
                current-context: orphan
                """);
        assertThatThrownBy(() -> connect(file, null)).isInstanceOf(UserException.class)
                .hasMessage(file + ":4:3: context orphan names cluster nowhere, which is not in " + file);
    }

    @Test
    void severalKubeconfigFilesAreMergedAsKubectlMergesThem() throws Exception {
        Path first = kubeconfig("first", "shared", "shared", "7001", "only-first", "7002");
        Path second = kubeconfig("second", "only-second", "shared", "7003", "only-second", "7004");
        System.setProperty(KUBECONFIG, dir.resolve("absent") + java.io.File.pathSeparator + first
                + java.io.File.pathSeparator + second);

        // the first current-context set wins, and so does the first file that names a context
        try (Cluster cluster = connect(null, null)) {
            assertThat(cluster.client().getMasterUrl().toString()).isEqualTo("https://127.0.0.1:7001/");
            assertThat(cluster.namespace()).isEqualTo("ns-first");
        }
        try (Cluster cluster = connect(null, "only-second")) {
            assertThat(cluster.client().getMasterUrl().toString()).isEqualTo("https://127.0.0.1:7004/");
        }
        assertThatThrownBy(() -> connect(null, "third")).isInstanceOf(UserException.class)
                .hasMessageContaining("(its contexts: shared, only-first, only-second)");
    }

    @Test
    void noKubeconfigAtAllSaysSoInsteadOfTryingTheInClusterAddress() {
        System.setProperty(KUBECONFIG, dir.resolve("absent").toString());
        assertThatThrownBy(() -> connect(null, null)).isInstanceOf(UserException.class)
                .hasMessage("no kubeconfig: set KUBECONFIG, pass --kubeconfig, or run inside a cluster"
                        + " (KUBECONFIG names " + dir.resolve("absent") + ", none of which exists)");
    }
}
