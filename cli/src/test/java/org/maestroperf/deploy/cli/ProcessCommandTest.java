package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.openshift.TreeReader;

/** The process command end to end: flags, output forms, exit codes and one-line errors. */
class ProcessCommandTest {

    private static final String TEMPLATE = """
            apiVersion: template.openshift.io/v1
            kind: Template
            metadata: {name: demo}
            parameters:
              - {name: REPLICAS, value: "1", required: true}
              - {name: IMAGE_TAG, required: true}
              - {name: SECRET, generate: expression, from: "[A-Z0-9]{10}"}
            objects:
              - apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: "${{REPLICAS}}"
                  template:
                    spec:
                      containers:
                        - name: web
                          image: "example/web:${IMAGE_TAG}"
                          env: [{name: SECRET, value: "${SECRET}"}]
              - apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec: {ports: [{port: 80}]}
            """;

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private String template() throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, TEMPLATE);
        return file.toString();
    }

    @Test
    void printsAV1ListInYaml() throws IOException {
        CommandRun r = run("process", template(), "-p", "IMAGE_TAG=2.0", "-p", "REPLICAS=4");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        Map<?, ?> list = (Map<?, ?>) TreeReader.readOne("out", r.out());
        assertThat(list.get("kind")).isEqualTo("List");
        assertThat(list.get("apiVersion")).isEqualTo("v1");
        List<?> items = (List<?>) list.get("items");
        assertThat(items).hasSize(2);
        assertThat(r.out()).contains("replicas: 4\n", "image: example/web:2.0\n");
        Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) items.get(0)).get("spec")).get("template")).get("spec");
        Map<?, ?> container = (Map<?, ?>) ((List<?>) spec.get("containers")).get(0);
        assertThat(((Map<?, ?>) ((List<?>) container.get("env")).get(0)).get("value")).asString().matches("[A-Z0-9]{10}");
    }

    @Test
    void printsJsonAndReadsParamFiles() throws IOException {
        Path params = dir.resolve("params.env");
        Files.writeString(params, "# tags\nIMAGE_TAG=1.5\n\nREPLICAS=2\n");
        CommandRun r = run("process", template(), "--param-file", params.toString(), "-p", "REPLICAS=3", "-o", "json");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("{").contains("\"replicas\" : 3", "\"image\" : \"example/web:1.5\"");
    }

    @Test
    void listsTheParametersLikeOc() throws IOException {
        CommandRun r = run("process", template(), "--parameters");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).isEqualTo("""
                NAME        DESCRIPTION   GENERATOR    VALUE
                REPLICAS                               1
                IMAGE_TAG
                SECRET                    expression   [A-Z0-9]{10}
                """);
    }

    @Test
    void writesADirectoryOfFilesAndReplacesItsOwnOutputOnly() throws IOException {
        Path out = dir.resolve("objects");
        CommandRun r = run("process", template(), "-p", "IMAGE_TAG=1", "--output-dir", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).isEqualTo("wrote 2 objects to " + out + "\n");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly(".maestro-deploy", "01-deployment-web.yaml", "02-service-web.yaml");
        }
        // its own earlier output is replaced; a file of the user's in it is not
        assertThat(run("process", template(), "-p", "IMAGE_TAG=2", "--output-dir", out.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(out.resolve("01-deployment-web.yaml")).content().contains("example/web:2");
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThat(run("process", template(), "-p", "IMAGE_TAG=3", "--output-dir", out.toString()).err())
                .isEqualTo("error: " + out + "/: not replaced: it holds notes.txt, which maestro-deploy did not write\n");
        assertThat(out.resolve("01-deployment-web.yaml")).content().contains("example/web:2");
    }

    /** The first object's file was left behind, and the next run was refused because the directory was not empty. */
    @Test
    void aFailureOnTheSecondObjectLeavesNothing() throws IOException {
        Path template = Files.writeString(dir.resolve("long.yaml"), TEMPLATE.replaceFirst(
                "(kind: Service\\s+metadata: \\{name: )web", "$1" + "w".repeat(300)));
        Path out = dir.resolve("objects");
        CommandRun r = run("process", template.toString(), "-p", "IMAGE_TAG=1", "--output-dir", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("error: cannot write " + out + "/: " + out + "/02-service-www").hasLineCount(1)
                .doesNotContain(".tmp-");
        assertThat(out).doesNotExist();
        assertThat(run("process", template(), "-p", "IMAGE_TAG=1", "--output-dir", out.toString()).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void userMistakesAreOneLineErrorsWithExitCode2() throws IOException {
        String t = template();
        assertThat(run("process", t)).isEqualTo(new CommandRun(ExitCode.USAGE, "",
                "error: " + t + ": parameter IMAGE_TAG is required and must be specified (-p IMAGE_TAG=VALUE)\n"));
        assertThat(run("process", t, "-p", "IMAGE_TAG=1", "-p", "IMAGE=2").err())
                .startsWith("error: " + t + ": unknown parameter 'IMAGE'");
        assertThat(run("process", t, "-p", "IMAGE_TAG=1", "-p", "IMAGE=2", "--ignore-unknown-parameters").code())
                .isEqualTo(ExitCode.OK);
        assertThat(run("process", t, "-p", "IMAGE_TAG=1", "-p", "REPLICAS=many").err()).isEqualTo("error: " + t
                + ": objects[0] (Deployment web) spec.replicas: parameter REPLICAS='many' is not JSON, and"
                + " this field needs an integer\n");
        assertThat(run("process", t, "-p", "IMAGE_TAG").err()).isEqualTo("error: -p IMAGE_TAG: expected KEY=VALUE\n");
        assertThat(run("process", dir.resolve("missing.yaml").toString()).err())
                .isEqualTo("error: " + dir.resolve("missing.yaml") + ": no such file or directory\n");
        assertThat(run("process", t, "-o", "xml").code()).isEqualTo(ExitCode.USAGE);
    }
}
