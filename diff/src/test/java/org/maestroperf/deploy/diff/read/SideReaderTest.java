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
        Side side = SideReader.read(EXAMPLE.toString(), null);

        assertThat(side.label()).isEqualTo(EXAMPLE.toString());
        assertThat(origins(side)).hasSize(14).contains(
                "Namespace maestro @ " + EXAMPLE.resolve("bundle.yaml") + ":5",
                "Job maestro/maestro-client-fixed-rate-1 @ " + EXAMPLE.resolve("bundle.yaml") + ":589");
        assertThat(Files.readAllLines(EXAMPLE.resolve("bundle.yaml")).get(588)).isEqualTo("apiVersion: batch/v1");
        // the one-off command Jobs are not applied with the bundle: not part of it here either
        assertThat(origins(side)).noneMatch(o -> o.contains("commands/"));
        // its bundle.yaml names the same side
        assertThat(SideReader.read(EXAMPLE.resolve("bundle.yaml").toString(), null).objects()).isEqualTo(side.objects());
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

        Side side = SideReader.read(copy.toString(), null);

        assertThat(origins(side)).hasSize(14).contains(
                "ConfigMap maestro/testcase-fixed-rate-1 @ " + copy.resolve("client/testcase-fixed-rate-1.yaml") + ":1",
                "Job maestro/maestro-client-fixed-rate-1 @ " + copy.resolve("client/testcase-fixed-rate-1.yaml") + ":24");
        assertThat(Differ.compare(side, SideReader.read(EXAMPLE.toString(), null)).hasDifferences()).isFalse();
    }

    @Test
    void anyManifestsAndStdinAreSidesToo() throws Exception {
        Files.createDirectories(dir.resolve("m/sub"));
        Files.writeString(dir.resolve("m/a.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n"
                + "apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}\n");
        Files.writeString(dir.resolve("m/sub/c.json"), "{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\": {\"name\": \"c\"}}");

        assertThat(origins(SideReader.read(dir.resolve("m").toString(), null))).containsExactly(
                "ConfigMap a @ " + dir.resolve("m/a.yaml") + ":1", "ConfigMap b @ " + dir.resolve("m/a.yaml") + ":8",
                "Secret c @ " + dir.resolve("m/sub/c.json") + ":1");
        Side stdin = SideReader.read("-", new ByteArrayInputStream(
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

        assertThat(SideReader.read(dir.resolve("t.yaml").toString(), null).objects()).extracting(KubeObject::key)
                .extracting(k -> k.kind() + " " + k.name()).containsExactly("Template maestro");
    }

    @Test
    void whatDoesNotReadIsReportedAtItsPlaceAndNothingIsCompared() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a\n");
        Files.writeString(dir.resolve("unnamed.yaml"), "apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n");

        assertThatThrownBy(() -> SideReader.read(dir.resolve("bad.yaml").toString(), null))
                .isInstanceOf(UserException.class).message().startsWith(dir.resolve("bad.yaml") + ":4:1: ");
        assertThatThrownBy(() -> SideReader.read(dir.resolve("unnamed.yaml").toString(), null))
                .isInstanceOf(UserException.class)
                .hasMessage(dir.resolve("unnamed.yaml") + ":1: ConfigMap has no metadata.name; objects are compared by name");
        assertThatThrownBy(() -> SideReader.read(dir.resolve("missing").toString(), null))
                .isInstanceOf(UserException.class).hasMessage(dir.resolve("missing") + ": no such file or directory");
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> SideReader.read(dir.resolve("empty").toString(), null))
                .isInstanceOf(UserException.class).hasMessage(dir.resolve("empty") + ": no .yaml, .yml or .json files here");
    }
}
