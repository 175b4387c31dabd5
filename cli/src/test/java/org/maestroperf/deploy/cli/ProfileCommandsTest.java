package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ProfileCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MaestroDeploy.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void profilesListsEveryBuiltinWithItsDescription() throws IOException {
        List<String> folder;
        try (Stream<Path> files = Files.list(Path.of("..", "profiles"))) {
            folder = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.replaceFirst("\\.yaml$", "")).sorted().toList();
        }

        assertThat(run("profiles")).isEqualTo(ExitCode.OK);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.stream().map(l -> l.split(" ")[0]).toList()).isEqualTo(folder);
        assertThat(lines).hasSize(12)
                .contains("openshift-activemq    Maestro on OpenShift with ActiveMQ as the broker");
    }

    @Test
    void explainPrintsOneKeyWithItsOrigin() {
        assertThat(run("explain", "-p", "okd-mosquitto", "--set", "worker.replicas=4", "worker")).isEqualTo(ExitCode.OK);

        // the comments are aligned in one column; compare without the padding
        List<String> lines = out.toString().lines().map(l -> l.replaceAll(" {2,}", " ")).toList();
        assertThat(lines).contains("worker.replicas: 4 # --set worker.replicas=4")
                .anyMatch(l -> l.matches("worker\\.role: worker # profiles/base\\.yaml:\\d+:9"))
                .allMatch(l -> l.startsWith("worker."));
    }

    @Test
    void explainRefusesAnUnknownKeyWithASuggestion() {
        assertThat(run("explain", "--profile", "okd-mosquitto", "nodeAfinity.mode")).isEqualTo(ExitCode.USAGE);

        assertThat(err.toString().strip())
                .isEqualTo("error: unknown key 'nodeAfinity.mode'; did you mean 'nodeAffinity.mode'?");
    }

    @Test
    void explainWithoutAProfileAsksForOne() {
        assertThat(run("explain")).isEqualTo(ExitCode.USAGE);

        assertThat(err.toString()).startsWith("error: give at least one --profile (built-in profiles: activemq,");
    }

    @Test
    void aProfileMistakeIsAnErrorLineNotAStackTrace() {
        assertThat(run("explain", "-p", "openshif")).isEqualTo(ExitCode.USAGE);

        assertThat(err.toString()).startsWith("error: unknown profile 'openshif'; did you mean 'openshift'?")
                .doesNotContain("Exception");
    }
}
