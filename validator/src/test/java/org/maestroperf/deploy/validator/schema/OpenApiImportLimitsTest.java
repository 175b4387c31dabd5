package org.maestroperf.deploy.validator.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.hostile.HostileInputs;
import org.maestroperf.deploy.input.InputLimits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Hostile OpenAPI documents: bounded work, and one line naming the file and what is wrong. */
class OpenApiImportLimitsTest {

    @TempDir
    Path dir;

    private final HostileInputs inputs = new HostileInputs(11);

    private Path spec(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    /** Two references per level, 40 levels: 2^40 copies unmemoized (past 60 s and 3.5 GB); counted with sharing, refused. */
    @Test
    void aDiamondOfReferencesIsCountedNotExpandedAndRefused() throws IOException {
        Path diamond = spec("diamond.json", inputs.openApiDiamond(40));
        assertThatThrownBy(() -> PackImporter.importSpec(diamond, dir.resolve("pack")))
                .isInstanceOf(UserException.class)
                .hasMessage(diamond + ": definition \"io.k8s.api.core.v1.Hostile\": with its references inlined its schema"
                        + " has more than " + InputLimits.MAX_NODES + " nodes (definitions that refer to each other many"
                        + " times over); refused");
    }

    @Test
    void aSmallDiamondIsInlinedInFull() throws IOException {
        assertThat(PackImporter.importSpec(spec("diamond.json", inputs.openApiDiamond(10)), dir.resolve("pack")).written()).isEqualTo(1);
        JsonNode schema = new ObjectMapper().readTree(dir.resolve("pack/hostile-v1.json").toFile());
        assertThat(leaves(schema)).isEqualTo(1 << 10);
    }

    /** The string-typed leaves of the inlined diamond (the apiVersion and kind fields aside). */
    private static int leaves(JsonNode node) {
        if (node.isObject() && node.path("type").path(0).asText().equals("string") && !node.has("enum")) {
            return 1;
        }
        int n = 0;
        for (JsonNode child : node) {
            n += leaves(child);
        }
        return n;
    }

    /** A chain of 20,000 references ended in StackOverflowError. */
    @Test
    void aLongChainOfReferencesIsRefused() throws IOException {
        Path chain = spec("chain.json", inputs.openApiReferenceChain(20_000));
        assertThatThrownBy(() -> PackImporter.importSpec(chain, dir.resolve("pack")))
                .hasMessage(chain + ": definition \"io.k8s.api.core.v1.Hostile\": its references nest more than "
                        + OpenApiConverter.MAX_REFERENCE_DEPTH + " definitions deep (io.k8s.api.core.v1.Hostile -> ... -> c98"
                        + " -> c99); refused");
        assertThat(PackImporter.importSpec(spec("short.json", inputs.openApiReferenceChain(90)), dir.resolve("pack")).written()).isEqualTo(1);
    }

    /** Each was exit 70 with a ClassCastException or InvalidPathException. */
    @Test
    void malformedDocumentsAreOneLineEach() throws IOException {
        Map<String, String> expected = Map.of(
                "ref-to-string", ": definition \"io.k8s.api.core.v1.Thing\": $ref \"s\" names a string, not a schema (a JSON object)",
                "ref-to-array", ": definition \"io.k8s.api.core.v1.Thing\": $ref \"a\" names a list, not a schema (a JSON object)",
                "string-enum", ": definition \"io.k8s.api.core.v1.Thing\": properties.kind.enum: expected a list of values,"
                        + " found \"Thing\"",
                "nul-in-name", ": definition 'io.k8s.api.core.v1.Th\\u0000ing' is not a kind name ([group.]version.Kind,"
                        + " each letters, digits and dashes), so it cannot name a schema file; refused, nothing written");
        for (Map.Entry<String, String> doc : inputs.malformedOpenApi().entrySet()) {
            Path file = spec(doc.getKey() + ".json", doc.getValue());
            assertThatThrownBy(() -> PackImporter.importSpec(file, dir.resolve("pack-" + doc.getKey())))
                    .as(doc.getKey()).isInstanceOf(UserException.class).hasMessage(file + expected.get(doc.getKey()));
        }
    }
}
