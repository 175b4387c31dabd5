package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate, run --profile, preflight --profile and template all take the one pipeline: an invalid
 * rendering is refused by each with the same findings, and nothing is written, applied or published.
 */
class EveryEntryPointValidatesTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, List<String> err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MaestroDeploy.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString().lines().toList());
    }

    /** A template override that renders a field the Deployment schema does not have. */
    private Path brokenTemplates() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/worker"));
        String builtIn = new String(getClass().getResourceAsStream("/maestro-templates/worker/deployment.yaml.vm").readAllBytes());
        Files.writeString(templates.resolve("deployment.yaml.vm"), builtIn.replace("  replicas:", "  replics:"));
        return dir.resolve("templates");
    }

    @Test
    void generateRunPreflightAndTemplateRefuseTheSameRenderingWithTheSameFindings() throws IOException {
        String templates = brokenTemplates().toString();
        // a kubeconfig that names no reachable cluster: the refusal must come before any connection
        Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), "apiVersion: v1\nkind: Config\nclusters: []\n");
        List<Result> results = List.of(
                run("generate", "-p", "openshift-activemq", "--templates", templates, "--output-dir", dir.resolve("out").toString()),
                run("run", "-p", "openshift-activemq", "--templates", templates, "--kubeconfig", kubeconfig.toString()),
                run("preflight", "-p", "openshift-activemq", "--templates", templates, "--kubeconfig", kubeconfig.toString()),
                run("template", "-p", "openshift-activemq", "--templates", templates));
        List<String> findings = findings(results.get(0));
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("worker/worker-deployment.yaml:").contains(" error schema "));
        for (Result r : results) {
            assertThat(r.code()).isEqualTo(ExitCode.FAILED);
            assertThat(findings(r)).isEqualTo(findings);
            assertThat(r.err().get(r.err().size() - 1)).endsWith(": the rendered bundle does not validate (see above)");
            assertThat(r.out()).isEmpty();
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void withOutputJsonTheFindingsAndTheRefusalAreJsonEvents() throws IOException {
        String templates = brokenTemplates().toString();
        Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), "apiVersion: v1\nkind: Config\nclusters: []\n");

        Result r = run("run", "-p", "openshift-activemq", "--templates", templates, "--kubeconfig", kubeconfig.toString(),
                "-o", "json");

        assertThat(r.code()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err()).isEmpty();
        List<Map<String, Object>> events = r.out().lines().map(EveryEntryPointValidatesTest::json).toList();
        assertThat(events).anySatisfy(e -> assertThat(e.get("type") + " " + e.get("message"))
                .startsWith("problem worker/worker-deployment.yaml:").contains(" error schema "));
        assertThat(events.get(events.size() - 1)).containsEntry("type", "error")
                .containsEntry("message", "nothing applied: the rendered bundle does not validate (see above)");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String line) {
        return new KubernetesSerialization().unmarshal(line, Map.class);
    }

    private static List<String> findings(Result r) {
        List<String> out = new ArrayList<>();
        for (String line : r.err()) {
            if (line.startsWith("worker/")) {
                out.add(line);
            }
        }
        return out;
    }
}
