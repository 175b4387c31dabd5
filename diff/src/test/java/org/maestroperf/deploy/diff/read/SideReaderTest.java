package org.maestroperf.deploy.diff.read;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diff.Differ;
import org.maestroperf.deploy.diff.KubeObject;
import org.maestroperf.deploy.diff.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SideReaderTest {

    private static final Path EXAMPLE = Path.of("../output/kubernetes-mosquitto");

    @TempDir
    Path dir;

    private static List<String> origins(Side side) {
        return side.objects().stream().map(o -> o.key().describe() + " @ " + o.origin()).toList();
    }

    @Test
    void aGeneratedDirectoryIsItsBundleYamlWithEachObjectAtItsLine() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLE), "the example bundles in output/ are part of the repository");
        Side side = new SideReader().read(EXAMPLE.toString(), null);

        assertThat(side.label()).isEqualTo(EXAMPLE.toString());
        assertThat(origins(side)).hasSize(14).contains(
                "Namespace maestro @ " + EXAMPLE.resolve("bundle.yaml") + ":5",
                "Job maestro/maestro-client-fixed-rate-1 @ " + EXAMPLE.resolve("bundle.yaml") + ":589");
        assertThat(Files.readAllLines(EXAMPLE.resolve("bundle.yaml")).get(588)).isEqualTo("apiVersion: batch/v1");
        // the one-off command Jobs are not applied with the bundle: not part of it here either
        assertThat(origins(side)).noneMatch(o -> o.contains("commands/"));
        // its bundle.yaml names the same side
        assertThat(new SideReader().read(EXAMPLE.resolve("bundle.yaml").toString(), null).objects()).isEqualTo(side.objects());
    }

    @Test
    void aTestCaseMissingFromBundleYamlIsReadFromItsFile() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLE), "the example bundles in output/ are part of the repository");
        Path copy = dir.resolve("bundle");
        Files.createDirectories(copy.resolve("client"));
        Files.copy(EXAMPLE.resolve(".maestro-deploy"), copy.resolve(".maestro-deploy"));
        String bundle = Files.readString(EXAMPLE.resolve("bundle.yaml"));
        Files.writeString(copy.resolve("bundle.yaml"), bundle.substring(0, bundle.indexOf("---\n# client/")));
        Files.copy(EXAMPLE.resolve("client/testcase-fixed-rate-1.yaml"), copy.resolve("client/testcase-fixed-rate-1.yaml"));

        Side side = new SideReader().read(copy.toString(), null);

        assertThat(origins(side)).hasSize(14).contains(
                "ConfigMap maestro/testcase-fixed-rate-1 @ " + copy.resolve("client/testcase-fixed-rate-1.yaml") + ":1",
                "Job maestro/maestro-client-fixed-rate-1 @ " + copy.resolve("client/testcase-fixed-rate-1.yaml") + ":24");
        assertThat(Differ.compare(side, new SideReader().read(EXAMPLE.toString(), null)).hasDifferences()).isFalse();
    }

    @Test
    void anyManifestsAndStdinAreSidesToo() throws Exception {
        Files.createDirectories(dir.resolve("m/sub"));
        Files.writeString(dir.resolve("m/a.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n"
                + "apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}\n");
        Files.writeString(dir.resolve("m/sub/c.json"), "{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\": {\"name\": \"c\"}}");

        assertThat(origins(new SideReader().read(dir.resolve("m").toString(), null))).containsExactly(
                "ConfigMap a @ " + dir.resolve("m/a.yaml") + ":1", "ConfigMap b @ " + dir.resolve("m/a.yaml") + ":8",
                "Secret c @ " + dir.resolve("m/sub/c.json") + ":1");
        Side stdin = new SideReader().read("-", new ByteArrayInputStream(
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(origins(stdin)).containsExactly("ConfigMap a @ <stdin>:1");
    }

    @Test
    void aTemplateIsOneObjectNotItsObjects() throws Exception {
        Files.writeString(dir.resolve("t.yaml"), """
                apiVersion: template.openshift.io/v1
                kind: Template
                metadata: {name: maestro}
                objects:
                  - {apiVersion: v1, kind: ConfigMap, metadata: {name: "${NAME}"}}
                parameters:
                  - {name: NAME, value: x}
                """);

        assertThat(new SideReader().read(dir.resolve("t.yaml").toString(), null).objects()).extracting(KubeObject::key)
                .extracting(k -> k.kind() + " " + k.name()).containsExactly("Template maestro");
    }

    @Test
    void whatDoesNotReadIsReportedAtItsPlaceAndNothingIsCompared() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a\n");
        Files.writeString(dir.resolve("unnamed.yaml"), "apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n");

        assertThatThrownBy(() -> new SideReader().read(dir.resolve("bad.yaml").toString(), null))
                .isInstanceOf(UserException.class).message().startsWith(dir.resolve("bad.yaml") + ":4:1: ");
        assertThatThrownBy(() -> new SideReader().read(dir.resolve("unnamed.yaml").toString(), null))
                .isInstanceOf(UserException.class)
                .hasMessage(dir.resolve("unnamed.yaml") + ":1: ConfigMap has no metadata.name; objects are compared by name");
        assertThatThrownBy(() -> new SideReader().read(dir.resolve("missing").toString(), null))
                .isInstanceOf(UserException.class).hasMessage(dir.resolve("missing") + ": no such file or directory");
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> new SideReader().read(dir.resolve("empty").toString(), null))
                .isInstanceOf(UserException.class).hasMessage(dir.resolve("empty") + ": no .yaml, .yml or .json files here");
    }

    @Test
    void eachDocumentIsReadOnItsOwnAndKeepsItsLinesInTheFile() throws Exception {
        Files.writeString(dir.resolve("many.yaml"), """
                # a comment before the first document
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a}
                data: {text: "---"}
                --- # a marker with a comment
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: b}
                data:
                  text: |
                    ---not a marker, inside a literal block
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: [c
                """);

        assertThatThrownBy(() -> new SideReader().read(dir.resolve("many.yaml").toString(), null))
                .isInstanceOf(UserException.class).message().startsWith(dir.resolve("many.yaml") + ":17:1: ");
        Files.writeString(dir.resolve("many.yaml"), Files.readString(dir.resolve("many.yaml")).replace("[c", "c}"));
        assertThat(origins(new SideReader().read(dir.resolve("many.yaml").toString(), null))).containsExactly(
                "ConfigMap a @ " + dir.resolve("many.yaml") + ":2", "ConfigMap b @ " + dir.resolve("many.yaml") + ":7",
                "ConfigMap c @ " + dir.resolve("many.yaml") + ":14");
        assertThat(new SideReader().read(dir.resolve("many.yaml").toString(), null).objects().get(1).tree())
                .extracting(t -> ((java.util.Map<?, ?>) t.get("data")).get("text"))
                .isEqualTo("---not a marker, inside a literal block\n");
    }

    @Test
    void aDocumentOnBothSidesIsParsedOnceAndBothSidesGetItsTree() throws Exception {
        String same = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: same}\n";
        Files.writeString(dir.resolve("a.yaml"), same + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        Files.writeString(dir.resolve("b.yaml"), "apiVersion: v1\nkind: Secret\nmetadata: {name: y}\n---\n" + same);
        SideReader reader = new SideReader();

        Side a = reader.read(dir.resolve("a.yaml").toString(), null);
        Side b = reader.read(dir.resolve("b.yaml").toString(), null);

        assertThat(a.objects().get(0).tree()).isSameAs(b.objects().get(1).tree());
        assertThat(b.objects().get(1).origin()).isEqualTo(dir.resolve("b.yaml") + ":5");
        assertThat(Differ.compare(a, b).unchanged()).isEqualTo(1);
    }

    @Test
    void aFileWithDirectivesIsReadWhole() throws Exception {
        Files.writeString(dir.resolve("d.yaml"), "%YAML 1.1\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"
                + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n");

        assertThat(origins(new SideReader().read(dir.resolve("d.yaml").toString(), null))).containsExactly(
                "ConfigMap a @ " + dir.resolve("d.yaml") + ":3", "ConfigMap b @ " + dir.resolve("d.yaml") + ":7");
    }
}
