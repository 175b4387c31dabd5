package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.openshift.TemplateChecks;
import org.maestroperf.deploy.openshift.TreeReader;

/** The template command end to end, and its output fed to the process command. */
class TemplateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MaestroDeploy.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsACheckedTemplateThatProcessesWithTheProfileChanges() throws IOException {
        assertThat(run("template", "-p", "openshift-activemq", "--set", "worker.replicas=3")).isEqualTo(ExitCode.OK);
        Object template = TreeReader.readOne("stdout", out.toString());
        assertThat(TemplateChecks.check(template)).isEmpty();
        assertThat(err.toString()).isEmpty();
        Map<?, ?> replicas = ((List<?>) ((Map<?, ?>) template).get("parameters")).stream().map(p -> (Map<?, ?>) p)
                .filter(p -> p.get("name").equals("WORKER_REPLICAS")).findFirst().orElseThrow();
        assertThat(replicas.get("value")).isEqualTo("3");

        Path file = dir.resolve("t.yaml");
        Files.writeString(file, out.toString());
        out.getBuffer().setLength(0);
        assertThat(run("process", file.toString(), "-p", "WORKER_REPLICAS=7", "-p", "MAESTRO_IMAGE_TAG=1.6.0")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("  replicas: 7\n", "maestroperf/maestro-worker:1.6.0").doesNotContain("${");
    }

    @Test
    void writesAFileWithTheUsersUmask() throws IOException {
        Path file = dir.resolve("sub/maestro.yaml");
        assertThat(run("template", "-p", "okd-mosquitto", "--file", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(file).content().startsWith("apiVersion: template.openshift.io/v1\nkind: Template\n");
        assertThat(out.toString()).isEmpty();
        // as any file the user creates, not owner-only (a temporary file's 0600)
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(Files.createFile(dir.resolve("reference"))));
        try (var siblings = Files.list(file.getParent())) {
            assertThat(siblings.map(f -> f.getFileName().toString())).containsExactly("maestro.yaml");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void outputIsAFormatAndAFileGivenThereIsTheDeprecatedSpellingOfFile() throws IOException {
        Path cwd = Path.of("json");
        assertThat(run("template", "-p", "okd-mosquitto", "-o", "json")).isEqualTo(ExitCode.OK);
        assertThat(cwd).doesNotExist();
        Map<?, ?> template = new io.fabric8.kubernetes.client.utils.KubernetesSerialization()
                .unmarshal(out.toString(), Map.class);
        assertThat(template.get("kind")).isEqualTo("Template");
        assertThat(out.toString()).startsWith("{");

        Path json = dir.resolve("t.json");
        assertThat(run("template", "-p", "okd-mosquitto", "--file", json.toString(), "--output", "json")).isEqualTo(ExitCode.OK);
        assertThat(json).content().startsWith("{");

        Path old = dir.resolve("old.yaml");
        assertThat(run("template", "-p", "okd-mosquitto", "-o", old.toString())).isEqualTo(ExitCode.OK);
        assertThat(old).content().startsWith("apiVersion: template.openshift.io/v1\n");
        assertThat(err.toString()).isEqualTo("warning: -o/--output FILE is deprecated and will only name an output"
                + " format (yaml, json), as in kubectl; use --file FILE\n");
    }

    @Test
    void outputDirWritesTheFourPublishedTemplates() throws IOException {
        assertThat(run("template", "--output-dir", dir.toString())).isEqualTo(ExitCode.OK);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "okd-activemq.yaml", "okd-mosquitto.yaml", "openshift-activemq.yaml", "openshift-mosquitto.yaml");
        }
        assertThat(dir.resolve("okd-activemq.yaml")).hasSameTextualContentAs(Path.of("..", "output", "templates", "okd-activemq.yaml"));
    }

    @Test
    void mistakesAreOneLineErrors() {
        assertThat(run("template")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("error: give --profile (one of okd-mosquitto");
        err.getBuffer().setLength(0);
        assertThat(run("template", "-p", "kubernetes-mosquitto")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("error: Templates are an OKD/OpenShift feature").hasLineCount(1);
        err.getBuffer().setLength(0);
        assertThat(run("template", "-p", "okd-activemq", "--set", "worker.env=[{name: X, value: \"${WORKER_REPLICAS}\"}]"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("contains a Template parameter reference").hasLineCount(1);
        err.getBuffer().setLength(0);
        assertThat(run("template", "-p", "okd-activemq", "--output-dir", dir.toString())).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aNamespaceIsRefusedWithWhereTheObjectsGoInstead() {
        // like oc: a Template's objects carry no namespace, they go where it is instantiated
        assertThat(run("template", "-p", "okd-mosquitto", "-n", "perf")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo("error: -n perf: a Template carries no namespace; its objects go where"
                + " it is instantiated (oc new-app TEMPLATE -n perf, or oc process -f FILE | oc apply -n perf -f -),"
                + " and the Template itself where it is created (oc create -f FILE -n perf)\n");
        assertThat(out.toString()).isEmpty();
    }
}
