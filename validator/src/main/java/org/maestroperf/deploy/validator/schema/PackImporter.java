package org.maestroperf.deploy.validator.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diag.UserFiles;
import org.maestroperf.deploy.text.Json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code schemas import}: turns an OpenAPI v2 document, or a folder of OpenAPI v3 documents (what
 * {@code kubectl get --raw /openapi/v2} and {@code /openapi/v3/...} return), into a strict pack
 * that {@code validate --schema-location DIR} reads.
 */
public final class PackImporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PackImporter() {
    }

    /**
     * What an import wrote: how many schema files, and the definitions skipped (see
     * {@link OpenApiConverter#convert}), each a line naming the spec.
     *
     * @param written how many schema files
     * @param skipped one line per definition left out
     */
    public record Imported(int written, List<String> skipped) {
    }

    /**
     * Writes one schema file per kind into {@code out}. Every file name is checked before anything
     * is written: a definition title that is not a kind name, or two titles that would share a file,
     * refuse the whole import.
     *
     * @param spec an OpenAPI v2 document, or a directory of OpenAPI v3 documents
     * @param out  the pack's folder
     * @return what was written and skipped
     */
    public static Imported importSpec(Path spec, Path out) {
        ObjectNode definitions = Files.isDirectory(spec) ? v3Definitions(spec) : definitionsOf(spec, read(spec));
        OpenApiConverter.Pack pack = OpenApiConverter.convert(spec.toString(), definitions);
        Map<String, ObjectNode> schemas = pack.schemas();
        Path folder = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, ObjectNode> e : schemas.entrySet()) {
                Path file = folder.resolve(e.getKey()).normalize();
                if (!folder.equals(file.getParent())) {
                    // fileName() makes only plain names; this keeps it so whatever it ever makes
                    throw new IllegalStateException(e.getKey() + " is not a file name inside " + folder);
                }
                Files.writeString(file, Json.indented(e.getValue()));
            }
        } catch (IOException e) {
            throw new UserException(out + ": cannot write the schema pack: " + UserFiles.reason(e));
        }
        return new Imported(schemas.size(), pack.skipped().stream().map(line -> spec + ": " + line).toList());
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new UserException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not a JSON OpenAPI document: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserException(file + ": cannot read: " + UserFiles.reason(e));
        }
    }

    private static ObjectNode definitionsOf(Path file, JsonNode doc) {
        if (doc.get("definitions") instanceof ObjectNode defs) {
            return defs;
        }
        if (doc.path("components").get("schemas") instanceof ObjectNode schemas) {
            return (ObjectNode) fromV3(schemas);
        }
        throw new UserException(file + ": neither an OpenAPI v2 document (no 'definitions') nor v3 (no 'components.schemas')");
    }

    /** Every v3 document's component schemas, merged, with references rewritten to v2 form. */
    private static ObjectNode v3Definitions(Path dir) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UserException(dir + ": cannot list: " + UserFiles.reason(e));
        } catch (java.io.UncheckedIOException e) {
            throw new UserException(dir + ": cannot list: " + UserFiles.reason(e.getCause()));
        }
        for (Path f : files) {
            merged.setAll(definitionsOf(f, read(f)));
        }
        if (merged.isEmpty()) {
            throw new UserException(dir + ": no OpenAPI documents with component schemas found");
        }
        return merged;
    }

    /**
     * v3 spells a reference with siblings as {@code allOf: [{$ref}]}; v2 conversion drops a
     * reference's siblings, so the single-element allOf becomes the plain reference.
     */
    private static JsonNode fromV3(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            JsonNode allOf = obj.get("allOf");
            if (allOf instanceof ArrayNode a && a.size() == 1 && a.get(0).has("$ref")) {
                return fromV3(a.get(0));
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            obj.properties().forEach(e -> out.set(e.getKey(), e.getKey().equals("$ref")
                    ? JsonNodeFactory.instance.textNode(e.getValue().asText().replace("#/components/schemas/", "#/definitions/"))
                    : fromV3(e.getValue())));
            return out;
        }
        if (node instanceof ArrayNode arr) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            arr.forEach(x -> out.add(fromV3(x)));
            return out;
        }
        return node;
    }
}
