package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code diff} offline, end to end through picocli: the sides, the formats, the exit codes. */
class DiffCommandTest {

    private static final String KUBERNETES = Path.of("..", "output", "kubernetes-mosquitto").toString();
    private static final String OKD = Path.of("..", "output", "okd-mosquitto").toString();

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "diff";
        System.arraycopy(args, 0, all, 1, args.length);
        return MaestroDeploy.run(all, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void twoGeneratedBundlesThatDifferExitOneAndTheSameBundleTwiceZero() {
        assertThat(run(KUBERNETES, OKD)).as(err.toString()).isEqualTo(ExitCode.DIFFERENCES);
        assertThat(out.toString()).contains("- Namespace maestro: namespace maestro is deleted, and everything in it",
                "+ Route maestro/reports: Route reports is added", "6 changed, 1 added, 1 removed, 7 unchanged");
        assertThat(err.toString()).isEmpty();

        out.getBuffer().setLength(0);
        assertThat(run(KUBERNETES, KUBERNETES)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).endsWith("no differences (14 objects)\n");
    }

    @Test
    void aSideGeneratedInMemoryComesAfterTheSeparator() {
        int code = run(KUBERNETES, "-o", "json", "--", "-p", "kubernetes-mosquitto", "--set", "worker.replicas=4",
                "-t", Path.of("..", "profiles", "testcases", "fixed-rate.yaml").toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.DIFFERENCES);
        JSONObject json = new JSONObject(out.toString());
        assertThat(json.getJSONObject("new").getString("source")).isEqualTo(
                "generated: -p kubernetes-mosquitto --set worker.replicas=4 -t " + Path.of("..", "profiles", "testcases", "fixed-rate.yaml"));
        assertThat(json.getJSONArray("objects").length()).isEqualTo(1);
        JSONObject worker = json.getJSONArray("objects").getJSONObject(0);
        assertThat(worker.getString("meaning")).isEqualTo("workers scale 2 → 4 (no restart)");
        assertThat(worker.getJSONObject("origin").getString("new")).isEqualTo("worker/worker-deployment.yaml:1");
    }

    @Test
    void bothSidesCanBeGeneratedInMemory() {
        int code = run("-p", "openshift-activemq", "-o", "markdown", "--", "-p", "openshift-activemq",
                "--set", "reports.storage.size=40Gi");

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.DIFFERENCES);
        assertThat(out.toString()).contains("| ✏️ | `PersistentVolumeClaim maestro/reports-data` | reports PVC reports-data size"
                + " change: only grows, needs a StorageClass that allows expansion (30Gi → 40Gi) |");
    }

    @Test
    void colourOnlyWhenAskedForOffATerminal() {
        run("--color", "always", KUBERNETES, OKD);
        assertThat(out.toString()).contains("\u001b[31m-        runAsUser: 1000\u001b[0m");
        out.getBuffer().setLength(0);
        run(KUBERNETES, OKD);
        assertThat(out.toString()).doesNotContain("\u001b");
        assertThat(DiffCommand.colour(DiffCommand.When.auto)).as("no terminal in a test").isFalse();
    }

    @Test
    void usageMistakesExitTwoWithOneLineEach() throws Exception {
        assertThat(run()).isEqualTo(ExitCode.USAGE);
        assertThat(run(KUBERNETES, OKD, KUBERNETES)).isEqualTo(ExitCode.USAGE);
        assertThat(run(KUBERNETES, "-p", "okd-mosquitto")).isEqualTo(ExitCode.USAGE);
        assertThat(run("-", "-")).isEqualTo(ExitCode.USAGE);
        assertThat(run(KUBERNETES, OKD, "--set", "worker.replicas=3")).isEqualTo(ExitCode.USAGE);
        assertThat(run(KUBERNETES, OKD, "-n", "perf")).isEqualTo(ExitCode.USAGE);
        assertThat(run(KUBERNETES, "--", "--no-such-option")).isEqualTo(ExitCode.USAGE);
        assertThat(run(KUBERNETES, "--", OKD, "-o", "json")).isEqualTo(ExitCode.USAGE);
        assertThat(run(KUBERNETES, "--", OKD, "-p", "okd-mosquitto")).isEqualTo(ExitCode.USAGE);
        assertThat(run(KUBERNETES, "--", "-p", "opnshift")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString().lines()).containsExactly(
                "error: give two sides (OLD NEW, or OLD -- NEW where a side may be --profile/--set/--testcase), or one"
                        + " bundle to compare with the cluster",
                "error: give two sides (OLD NEW, or OLD -- NEW where a side may be --profile/--set/--testcase), or one"
                        + " bundle to compare with the cluster",
                "error: to compare " + KUBERNETES + " with a bundle generated in memory, separate the sides with --: diff "
                        + KUBERNETES + " -- -p NAME ...; with one side alone, it is compared with the cluster",
                "error: only one side can be read from stdin (-)",
                "error: --testcase, --set and --templates need --profile on the same side; a bundle already holds its test"
                        + " cases",
                "error: --kubeconfig, --context and -n are for a diff against the cluster (one side); two sides are"
                        + " compared offline",
                "error: after --: Unknown option: '--no-such-option'",
                "error: after --: Unknown options: '-o', 'json' (the options of diff itself, such as -o and --color, go before --)",
                "error: each side is a bundle path or --profile (to generate one in memory), not both and not neither",
                "error: unknown profile 'opnshift'; did you mean 'openshift'? built-in profiles: activemq, base,"
                        + " kubernetes, kubernetes-activemq, kubernetes-mosquitto, mosquitto, okd, okd-activemq, okd-mosquitto,"
                        + " openshift, openshift-activemq, openshift-mosquitto (a file path needs a '/' or a .yaml suffix)");
    }

    @Test
    void anUnreadableSideIsReportedAtItsLineAndNothingIsPrinted() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x\n");

        assertThat(run(KUBERNETES, bad.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("error: " + bad + ":4:1: ").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aSideGeneratedInMemoryThatDoesNotValidateIsRefusedWithItsFindingsExitTwo() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates/worker"));
        String builtIn = new String(getClass().getResourceAsStream("/maestro-templates/worker/deployment.yaml.vm").readAllBytes());
        Files.writeString(templates.resolve("deployment.yaml.vm"), builtIn.replace("  replicas:", "  replics:"));

        int code = run(KUBERNETES, "--", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString());

        // as generate refuses it, but exit code 1 would read as "differences"
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(out.toString()).isEmpty();
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("worker/worker-deployment.yaml:").contains(" error schema "));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("error: nothing compared: the rendered bundle does not validate (see above)");
    }

    @Test
    void theConfirmationIsYesOnlyForYOrYes() {
        for (String answer : new String[] {"y\n", "YES\n", " yes \n"}) {
            assertThat(RunCommand.confirm(new StringReader(answer), new PrintWriter(new StringWriter()), "go?"))
                    .as(answer).isTrue();
        }
        for (String answer : new String[] {"\n", "n\n", "yep\n", ""}) {
            assertThat(RunCommand.confirm(new StringReader(answer), new PrintWriter(new StringWriter()), "go?"))
                    .as(answer).isFalse();
        }
        StringWriter prompt = new StringWriter();
        RunCommand.confirm(new StringReader("n\n"), new PrintWriter(prompt), "Apply these changes to namespace perf?");
        assertThat(prompt.toString()).isEqualTo("Apply these changes to namespace perf? [y/N] ");
    }
}
