package org.maestroperf.deploy.validator.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.validator.SharedReference;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Acceptance: importing the upstream specs reproduces the published strict schema sets file for file. */
class PackImporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path out;

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
