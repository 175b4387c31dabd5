package org.maestroperf.deploy.validator.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.validator.SharedReference;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Acceptance: importing the upstream specs reproduces the published strict schema sets file for file. */
class PackImporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path out;

    @TempDir
    Path elsewhere;

    private static String kind(String title, String group, String version, String kind) throws IOException {
        return MAPPER.writeValueAsString(title) + ": {\"type\": \"object\", \"properties\": {\"apiVersion\": {\"type\": \"string\"},"
                + " \"kind\": {\"type\": \"string\"}}, \"x-kubernetes-group-version-kind\": [{\"group\": \"" + group
                + "\", \"version\": \"" + version + "\", \"kind\": \"" + kind + "\"}]}";
    }

    private Path spec(String... definitions) throws IOException {
        return Files.writeString(elsewhere.resolve("swagger.json"),
                "{\"swagger\": \"2.0\", \"definitions\": {" + String.join(", ", definitions) + "}}");
    }

    /** A hostile cluster's OpenAPI document must not write outside --out (it wrote {@code <path>-v1.json}). */
    @Test
    void aTitleThatIsAPathIsRefusedAndNothingIsWritten() throws IOException {
        Path target = elsewhere.resolve("evil");
        Path spec = spec(kind("io.k8s.api.core.v1.Pod", "", "v1", "Pod"), kind("io.k8s.api.core.v1." + target, "", "v1", "Evil"));
        Path pack = out.resolve("pack");
        assertThatThrownBy(() -> PackImporter.importSpec(spec, pack))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("swagger.json: definition 'io.k8s.api.core.v1." + target + "'")
                .hasMessageContaining("not a kind name");
        assertThat(elsewhere.resolve("evil-v1.json")).doesNotExist();
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("swagger.json");
        }
        assertThat(pack).doesNotExist();
    }

    @Test
    void dotDotAndSeparatorsInATitleAreRefused() throws IOException {
        for (String title : List.of("io.k8s.api.core.v1...", "io.k8s.api.core.v1.a/b", "io.k8s.api.core.v1.a\\b",
                "io.k8s.api..v1.Pod", "io.k8s.api.core.v1.Pod\u0000x", "Pod")) {
            Path spec = spec(kind(title, "", "v1", "Pod"));
            assertThatThrownBy(() -> PackImporter.importSpec(spec, out.resolve("pack"))).as(title)
                    .isInstanceOf(UserException.class).hasMessageContaining("not a kind name");
        }
        assertThat(out.resolve("pack")).doesNotExist();
    }

    @Test
    void twoTitlesThatMapToOneFileAreAnErrorNotAnOverwrite() throws IOException {
        Path spec = spec(kind("com.example.apps.v1.Widget", "apps.example.com", "v1", "Widget"),
                kind("org.other.apps.v1.widget", "apps.other.org", "v1", "widget"));
        assertThatThrownBy(() -> PackImporter.importSpec(spec, out.resolve("pack")))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("'com.example.apps.v1.Widget' and 'org.other.apps.v1.widget'")
                .hasMessageContaining("widget-apps-v1.json");
        assertThat(out.resolve("pack")).doesNotExist();
    }

    /** A real OpenShift cluster serves both; validate would look up only one, the Kubernetes one. */
    @Test
    void aKubernetesKindKeepsItsFileAndTheOtherIsSkippedWithAWarning() throws IOException {
        Path spec = spec(kind("io.k8s.api.authorization.v1.SubjectAccessReview", "authorization.k8s.io", "v1", "SubjectAccessReview"),
                kind("com.github.openshift.api.authorization.v1.SubjectAccessReview", "authorization.openshift.io", "v1",
                        "SubjectAccessReview"));
        PackImporter.Imported imported = PackImporter.importSpec(spec, out.resolve("pack"));
        assertThat(imported.written()).isEqualTo(1);
        assertThat(imported.skipped()).singleElement().asString()
                .contains("skipped 'com.github.openshift.api.authorization.v1.SubjectAccessReview'")
                .contains("subjectaccessreview-authorization-v1.json");
        assertThat(MAPPER.readTree(out.resolve("pack/subjectaccessreview-authorization-v1.json").toFile())
                .path("properties").path("apiVersion").path("enum").get(0).asText()).isEqualTo("authorization.k8s.io/v1");
    }

    @Test
    void ordinaryKindsAreWrittenInsideTheOutputFolder() throws IOException {
        Path spec = spec(kind("io.k8s.api.core.v1.Pod", "", "v1", "Pod"), kind("io.k8s.api.apps.v1.Deployment", "apps", "v1", "Deployment"));
        assertThat(PackImporter.importSpec(spec, out.resolve("pack")).written()).isEqualTo(2);
        try (Stream<Path> files = Files.list(out.resolve("pack"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("pod-v1.json", "deployment-apps-v1.json");
        }
    }

    @Test
    void kubernetes133SwaggerReproducesTheStrictSet() throws IOException {
        Path spec = SharedReference.require("schemas/kubernetes/openapi-v2/swagger-1.33.json");
        Path expected = SharedReference.require("schemas/kubernetes/standalone-strict/v1.33");
        PackImporter.importSpec(spec, out);
        assertSameFiles(expected, 27);
    }

    @Test
    void kubernetes130SwaggerReproducesTheStrictSet() throws IOException {
        Path spec = SharedReference.require("schemas/kubernetes/openapi-v2/swagger-1.30.json");
        Path expected = SharedReference.require("schemas/kubernetes/standalone-strict/v1.30");
        PackImporter.importSpec(spec, out);
        assertSameFiles(expected, 27);
    }

    @Test
    void openShift420SpecReproducesTheStrictSet() throws IOException {
        Path spec = SharedReference.require("schemas/openshift/openapi-v2/openshift-api-release-4.20-openapi.json");
        Path expected = SharedReference.require("schemas/openshift/standalone-strict/openshift-4.20");
        PackImporter.importSpec(spec, out);
        assertSameFiles(expected, 9);
    }

    /**
     * The v3 documents (one per group-version) give the same schemas, except that v3 carries the API's
     * {@code default} values, which v2 leaves out; {@code default} is an annotation in JSON Schema,
     * not a constraint, so it is set aside for the comparison.
     */
    @Test
    void kubernetes133OpenApiV3FolderReproducesTheStrictSetApartFromDefaults() throws IOException {
        Path spec = SharedReference.require("schemas/kubernetes/openapi-v3/1.33");
        Path expected = SharedReference.require("schemas/kubernetes/standalone-strict/v1.33");
        PackImporter.importSpec(spec, out);
        assertSameFiles(expected, 27, PackImporterTest::withoutDefaults);
    }

    private static com.fasterxml.jackson.databind.JsonNode withoutDefaults(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("default");
        }
        node.forEach(PackImporterTest::withoutDefaults);
        return node;
    }

    private void assertSameFiles(Path expectedDir, int count) throws IOException {
        assertSameFiles(expectedDir, count, node -> node);
    }

    private void assertSameFiles(Path expectedDir, int count,
            java.util.function.UnaryOperator<com.fasterxml.jackson.databind.JsonNode> normalise) throws IOException {
        List<Path> expected;
        try (Stream<Path> files = Files.list(expectedDir)) {
            expected = files.sorted().toList();
        }
        assertThat(expected).hasSize(count);
        for (Path e : expected) {
            Path mine = out.resolve(e.getFileName().toString());
            assertThat(mine).as("converted %s", e.getFileName()).exists();
            assertThat(normalise.apply(MAPPER.readTree(mine.toFile()))).as("%s equal as JSON", e.getFileName())
                    .isEqualTo(normalise.apply(MAPPER.readTree(e.toFile())));
        }
    }
}
