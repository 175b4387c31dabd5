package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ValidateCommandTest {

    private static final String GOOD = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: good}
            data: {a: b}
            """;
    private static final String BAD = """
            apiVersion: v1
            kind: Service
            metadata: {name: bad}
            spec:
              type: NodePort
              ports:
                - port: 80
                  nodePort: 31000
                  tragetPort: 8080
            """;
    private static final String WARNS = """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: data}
            spec:
              accessModes: [ReadWriteOnce]
              selector: {matchLabels: {app: x}}
              resources: {requests: {storage: 1Gi}}
            """;

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void cleanInputExitsZeroWithASummary() throws IOException {
        CommandRun r = run("validate", write("good.yaml", GOOD).toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).isEqualTo("1 object in 1 file: 0 errors, 0 warnings" + System.lineSeparator());
    }

    @Test
    void errorsAreReportedOneLineEachAndExitOne() throws IOException {
        Path bad = write("bad.yaml", BAD);
        CommandRun r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out().lines()).containsExactly(
                bad + ":9:7 error schema /spec/ports/0/tragetPort: unknown field 'tragetPort'",
                "1 object in 1 file: 1 error, 0 warnings");
    }

    @Test
    void warningsFailOnlyWhenAskedTo() throws IOException {
        Path p = write("pvc.yaml", WARNS);
        assertThat(run("validate", p.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(run("validate", "--fail-on", "warning", p.toString()).code()).isEqualTo(ExitCode.FAILED);
        assertThat(run("validate", "--fail-on", "warning", "--skip", "pvc-selector", p.toString()).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void directoriesAreSearchedRecursivelyInAStableOrder() throws IOException {
        for (int i = 0; i < 30; i++) {
            write("d" + (i % 3) + "/f" + i + ".yaml", BAD.replace("name: bad", "name: bad" + i).replace("31000", String.valueOf(31000 + i)));
        }
        write("d0/ignored.txt", "not yaml");
        CommandRun first = run("validate", dir.toString());
        assertThat(first.out().lines().filter(l -> l.contains(" error ")).count()).isEqualTo(30);
        assertThat(first.out()).endsWith("30 objects in 30 files: 30 errors, 0 warnings" + System.lineSeparator());
        for (int i = 0; i < 3; i++) {
            assertThat(run("validate", dir.toString()).out()).isEqualTo(first.out());
        }
        assertThat(first.out().lines().limit(30).toList()).isSorted();
    }

    @Test
    void generatedOutputAndTemplatesValidateCleanAndTemplateRulesCanBeSkipped() throws IOException {
        String generated = Path.of("..").resolve(Path.of("output", "okd-mosquitto")).toString();
        String templates = Path.of("..").resolve(Path.of("output", "templates")).toString();
        CommandRun r = run("validate", generated, templates);
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).endsWith("in 7 files: 0 errors, 0 warnings" + System.lineSeparator());

        Path bare = write("bare.yaml", """
                apiVersion: template.openshift.io/v1
                kind: Template
                metadata: {name: bare}
                message: "Done."
                objects: []
                """);
        assertThat(run("validate", "--fail-on", "warning", bare.toString()).out()).contains(" template/catalog-annotation ");
        assertThat(run("validate", "--fail-on", "warning", "--skip", "template/catalog-annotation", bare.toString()).code())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void readsStdin() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(BAD.getBytes(StandardCharsets.UTF_8)));
            CommandRun r = run("validate", "-");
            assertThat(r.code()).isEqualTo(ExitCode.FAILED);
            assertThat(r.out()).startsWith("<stdin>:9:7 error schema");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void usageAndIoProblemsExitTwo() throws IOException {
        CommandRun missing = run("validate", dir.resolve("nope.yaml").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("error: ").contains("nope.yaml: no such file or directory");
        Path good = write("good.yaml", GOOD);
        assertThat(run("validate", "--output", "xml", good.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("validate", "--skip", "no-such-rule", good.toString()).err()).contains("unknown rule 'no-such-rule'");
        assertThat(run("validate", "--kubernetes-version", "banana", good.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("validate", "--kubernetes-version", "1.31", good.toString()).err()).contains("built-in schemas cover");
    }

    @Test
    void yamlErrorsAreFindingsNotCrashes() throws IOException {
        Path broken = write("broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x}\n");
        CommandRun r = run("validate", broken.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out()).contains(broken + ":3:").contains("error yaml-syntax");
        Path binary = dir.resolve("blob.yaml");
        Files.write(binary, new byte[] {1, 2, 0, 3});
        assertThat(run("validate", binary.toString()).out()).contains("error unreadable-input binary input");
    }

    @Test
    void jsonOutputCarriesPointersAndASummary() throws IOException {
        CommandRun r = run("validate", "-o", "json", write("bad.yaml", BAD).toString(), write("pvc.yaml", WARNS).toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("findings")).hasSize(2);
        assertThat(json.path("findings").get(0).path("pointer").asText()).isEqualTo("/spec/ports/0/tragetPort");
        assertThat(json.path("findings").get(0).path("line").asInt()).isEqualTo(9);
        assertThat(json.path("summary").path("errors").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("warnings").asInt()).isEqualTo(1);
    }

    @Test
    void junitTapAndSarifOutputsAreWellFormed() throws Exception {
        Path bad = write("bad.yaml", BAD);
        CommandRun junit = run("validate", "-o", "junit", bad.toString());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
        CommandRun tap = run("validate", "-o", "tap", bad.toString());
        assertThat(tap.out().lines()).startsWith("TAP version 13", "1..1").anySatisfy(l -> assertThat(l).startsWith("not ok 1 - "));
        JsonNode sarif = new ObjectMapper().readTree(run("validate", "-o", "sarif", bad.toString()).out());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode result = sarif.path("runs").get(0).path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("schema");
        assertThat(result.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(9);
        assertThat(sarif.path("runs").get(0).path("tool").path("driver").path("rules").findValuesAsText("id")).contains("schema", "references");
    }

    /** A CI step that redirects -o junit to a file must get a report it can parse, or an empty file. */
    @Test
    void junitWithAMissingInputIsWellFormedXmlOrNothing() throws Exception {
        Path good = write("good.yaml", GOOD);
        Path binary = dir.resolve("bin\u0001\u001b.yaml");
        Files.write(binary, new byte[] {'a', 0, 'b'});
        Path named = write("name.yaml", GOOD.replace("name: good", "name: \"x\\u0001\\x1b\\uFFFE\\ny.yaml:1:1 forged\""));
        for (List<String> inputs : List.of(List.of(dir.resolve("missing.yaml").toString()),
                List.of(good.toString(), dir.resolve("missing.yaml").toString()),
                List.of(binary.toString(), named.toString(), dir.resolve("missing.yaml").toString()),
                List.of(binary.toString(), named.toString()))) {
            List<String> args = new java.util.ArrayList<>(List.of("validate", "-o", "junit"));
            args.addAll(inputs);
            CommandRun r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(inputs.toString()).isNotZero();
            if (!r.out().isEmpty()) {
                var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
                assertThat(doc.getElementsByTagName("testcase").getLength()).as(inputs.toString()).isPositive();
            }
        }
    }

    @Test
    void importedPacksAreUsedThroughSchemaLocation() throws IOException {
        Path spec = write("swagger.json", """
                {"swagger": "2.0", "definitions": {
                  "com.example.widgets.v1.Widget": {
                    "type": "object", "required": ["spec"],
                    "properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"},
                                   "spec": {"type": "object", "properties": {"size": {"type": "integer"}}}},
                    "x-kubernetes-group-version-kind": [{"group": "widgets.example.com", "version": "v1", "kind": "Widget"}]}}}
                """);
        Path pack = dir.resolve("pack");
        CommandRun imported = run("schemas", "import", "--openapi", spec.toString(), "--output-dir", pack.toString());
        assertThat(imported.code()).isEqualTo(ExitCode.OK);
        assertThat(pack.resolve("widget-widgets-v1.json")).exists();
        Path widget = write("w.yaml", "apiVersion: widgets.example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: big, colour: red}\n");
        CommandRun r = run("validate", "--schema-location", pack.toString(), widget.toString());
        assertThat(r.out()).contains("/spec/colour: unknown field 'colour'").contains("/spec/size: expected integer, found string");
        assertThat(run("validate", "--schema-location", pack.toString(), "--no-strict", widget.toString()).out())
                .doesNotContain("colour");
        assertThat(run("validate", widget.toString()).out()).contains("schema-missing");
        assertThat(run("validate", "--ignore-missing-schemas", widget.toString()).code()).isEqualTo(ExitCode.OK);

        CommandRun old = run("schemas", "import", "--openapi", spec.toString(), "--out", dir.resolve("old").toString());
        assertThat(old.code()).isEqualTo(ExitCode.OK);
        assertThat(dir.resolve("old/widget-widgets-v1.json")).exists();
        assertThat(old.err()).isEqualTo("warning: --out DIR is deprecated; use --output-dir DIR\n");
        assertThat(run("schemas", "import", "--openapi", spec.toString()).code()).isEqualTo(ExitCode.USAGE);
    }
}
