package org.maestroperf.deploy.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class VersionAndCompletionTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MaestroDeploy.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void versionNamesTheBuildItsCommitAndTheSchemasBuiltIn() throws Exception {
        assertThat(run("version")).isEqualTo(ExitCode.OK);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("maestro-deploy " + System.getProperty("maestro.version"));
        assertThat(lines.get(1)).matches("git commit: ([0-9a-f]{40}( \\(with uncommitted changes\\))?|unknown)");
        assertThat(lines.get(2)).isEqualTo("Kubernetes schemas: v1.33 (default), v1.30");
        assertThat(lines.get(3)).isEqualTo("OpenShift schemas: io.fabric8:openshift-model 6.14.0");

        // the build wrote the commit of this checkout (a linked worktree's own, not its main repository's)
        String head = git("rev-parse", "HEAD");
        assumeTrue(head != null, "not a git checkout, or no git here");
        assertThat(lines.get(1)).startsWith("git commit: " + head);
    }

    @Test
    void dashDashVersionPrintsTheSame() {
        assertThat(run("version")).isEqualTo(ExitCode.OK);
        String version = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("--version")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEqualTo(version);
    }

    @Test
    void completionIsPicocliScriptForEveryCommandAndBashLoadsIt() throws Exception {
        assertThat(run("completion", "bash")).isEqualTo(ExitCode.OK);
        String script = out.toString();
        for (String command : MaestroDeploy.SUBCOMMANDS.keySet()) {
            assertThat(script).contains(command);
        }
        assertThat(script).contains("--kubeconfig", "--output-dir", "bashcompinit");
        out.getBuffer().setLength(0);
        assertThat(run("completion", "zsh")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEqualTo(script);

        Path file = dir.resolve("maestro-deploy.bash");
        Files.writeString(file, script);
        String registered = shell("bash", "-c", "source " + file + " && complete -p maestro-deploy");
        assumeTrue(registered != null, "no bash here");
        assertThat(registered).contains("maestro-deploy");
    }

    @Test
    void anotherShellIsAUsageError() {
        assertThat(run("completion", "fish")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("fish").contains("bash, zsh");
    }

    /** git's answer in the repository root, or null when there is no git or no checkout. */
    private static String git(String... args) throws Exception {
        if (!Files.exists(Path.of("..", ".git"))) {
            return null;
        }
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = new File("..").getCanonicalPath();
        System.arraycopy(args, 0, command, 3, args.length);
        return shell(command);
    }

    private static String shell(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        }
    }
}
