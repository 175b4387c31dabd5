package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mistakes found by trying odd values on every command (a small fuzz of the command line): each ends
 * in one clear "error:" line and exit code 2 before anything is written or any cluster is contacted,
 * never in exit code 70 ("internal error"), a stack trace or a Java class name.
 */
class UserMistakesTest {

    private static final String TEMPLATE = Path.of("..", "output", "templates", "openshift-activemq.yaml").toString();

    @TempDir
    static Path dir;
    private static String bundle;
    /** A loopback port nothing listens on. */
    private static int closedPort;

    @BeforeAll
    static void bundle() throws IOException {
        bundle = dir.resolve("bundle").toString();
        assertThat(CommandRun.of("generate", "-p", "kubernetes-mosquitto", "-o", bundle).code()).isZero();
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    /** args, then the text the first error line must contain. */
    static Stream<Arguments> mistakes() {
        List<Arguments> table = new ArrayList<>();
        // --set and profile values
        add(table, "--set =: empty key", "generate", "-p", "kubernetes-mosquitto", "--set", "=", "--stdout");
        add(table, "--set a..b=1: empty key in 'a..b'", "generate", "-p", "kubernetes-mosquitto", "--set", "a..b=1", "--stdout");
        add(table, "worker.replicas: must be from 0 to 2147483647, found 2147483648",
                "generate", "-p", "kubernetes-mosquitto", "--set", "worker.replicas=2147483648", "--stdout");
        add(table, "platform.runAsUser: must be from 0 to 2147483647, found 4294967296",
                "generate", "-p", "kubernetes-mosquitto", "--set", "platform.runAsUser=4294967296", "--stdout");
        add(table, "unknown profile ''", "generate", "-p", "", "--stdout");
        // empty paths are no path, not the working directory
        add(table, "--testcase: an empty path", "generate", "-p", "kubernetes-mosquitto", "-t", "", "--stdout");
        add(table, "--templates: an empty path", "generate", "-p", "kubernetes-mosquitto", "--templates", "", "--stdout");
        add(table, "--output: an empty path", "generate", "-p", "kubernetes-mosquitto", "-o", "");
        add(table, "--output-dir: an empty path", "process", "--output-dir", "", TEMPLATE);
        add(table, "--param-file: an empty path", "process", "--param-file", "", TEMPLATE);
        add(table, "-p : expected KEY=VALUE", "process", "-p", "", TEMPLATE);
        add(table, "parameter WORKER_REPLICAS='99999999999' must be from 0 to 2147483647",
                "process", "-p", "WORKER_REPLICAS=99999999999", TEMPLATE);
        add(table, "--openapi: an empty path", "schemas", "import", "--openapi", "", "--out", dir.resolve("pack").toString());
        add(table, "--results: an empty path", "run", bundle, "--results", "");
        add(table, "--kubeconfig: an empty path", "teardown", bundle, "--kubeconfig", "");
        // numbers and durations
        add(table, "--timeout -1: not a duration", "run", bundle, "--timeout", "-1");
        add(table, "--timeout 99999999999999999h: too long", "run", bundle, "--timeout", "99999999999999999h");
        add(table, "--timeout 99999999999999999999s: too long", "stop", "--timeout", "99999999999999999999s");
        add(table, "scale workers: N must be a whole number from 0 to 2147483647, not '-3'", "scale", "workers", "-3");
        add(table, "scale workers: N must be a whole number from 0 to 2147483647, not '99999999999'",
                "scale", "workers", "99999999999");
        add(table, "scale workers: N must be a whole number from 0 to 2147483647, not 'abc'", "scale", "workers", "abc");
        add(table, "label-nodes --infra: an empty node name", "label-nodes", "--infra", "");
        add(table, "label-nodes --worker: an empty node name", "label-nodes", "--worker", "a,,b");
        // validate's schema locations
        add(table, "--schema-location " + dir.resolve("nowhere") + ": no such directory",
                "validate", "-s", dir.resolve("nowhere").toString(), bundle);
        add(table, "--schema-location " + dir.resolve("nowhere") + "/{{ .ResourceKind }}.json: no such directory "
                + dir.resolve("nowhere"), "validate", "-s", dir.resolve("nowhere") + "/{{ .ResourceKind }}.json", bundle);
        add(table, "--schema-location: an empty location", "validate", "-s", "", bundle);
        add(table, "cannot fetch schema: cannot connect", "validate", "-s", "http://127.0.0.1:" + closedPort + "/x", bundle);
        // kubeconform's single-dash long options
        add(table, "unknown option '-summary'; long options start with '--'", "validate", "-summary", bundle);
        add(table, "unknown option '-output'; did you mean '--output'?", "validate", "-output", "json", bundle);
        add(table, "unknown option '-schema-location'; did you mean '--schema-location'?",
                "validate", "-schema-location", "default", bundle);
        add(table, "unknown option '-profile'; did you mean '--profile'?", "generate", "-profile", "kubernetes-mosquitto",
                "--stdout");
        // picocli's own refusals in the same style
        add(table, "unknown option: '--bogus'", "generate", "--bogus");
        add(table, "--output=DIR, --stdout are mutually exclusive", "generate", "-p", "kubernetes-mosquitto",
                "--stdout", "-o", "x");
        return table.stream();
    }

    private static void add(List<Arguments> table, String expected, String... args) {
        table.add(Arguments.of(String.join(" ", args), args, expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isOneClearErrorLineAndExitCodeTwo(String commandLine, String[] args, String expected) throws IOException {
        long before;
        try (Stream<Path> files = Files.walk(dir)) {
            before = files.count();
        }
        CommandRun run = CommandRun.of(args);

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.USAGE);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).isNotEmpty();
        assertThat(lines.get(0)).startsWith("error: ").contains(expected);
        // at most a pointer to --help after it
        assertThat(lines.subList(1, lines.size())).as(run.err()).allSatisfy(line -> assertThat(line).startsWith("Try '"));
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "internal error", "java.");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.count()).as("nothing written").isEqualTo(before);
        }
    }
}
