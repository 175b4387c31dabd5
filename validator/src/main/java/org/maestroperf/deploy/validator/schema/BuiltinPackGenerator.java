package org.maestroperf.deploy.validator.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.maestroperf.deploy.text.Json;

/**
 * Build-time program (run by the validator's pom in {@code process-classes}) that writes the
 * built-in strict schema pack into the class path: for each Kubernetes version, the kinds of the
 * official Java client of that version plus the OpenShift kinds of a fabric8 openshift-model jar,
 * through {@link OpenApiConverter}. Descriptions and formats are left out, and types are not
 * nullable: the validator drops null-valued fields before checking (null means unset), so the
 * pack accepts the same documents with half the subschemas to load and check. Repeated
 * subschemas are shared ({@link SharedSubschemas}) and {@link BuiltinSchemaBuilder} reads the result.
 *
 * <p>Arguments: {@code OUT_DIR OPENSHIFT_MODEL_JAR GSON_JAR VERSION=CLIENT_JAVA_API_JAR...}, e.g.
 * {@code v1.33=client-java-api-24.0.0.jar}.
 */
public final class BuiltinPackGenerator {

    private BuiltinPackGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        JsonNode openshift = readJarEntry(Path.of(args[1]), "schema/kube-schema.json");
        Path gson = Path.of(args[2]);
        ApiGroups groups = ApiGroups.fromFabric8(BuiltinPackGenerator.class.getClassLoader());
        for (int i = 3; i < args.length; i++) {
            String[] versionAndJar = args[i].split("=", 2);
            Path client = Path.of(versionAndJar[1]);
            try (URLClassLoader loader = new URLClassLoader(new URL[] {client.toUri().toURL(), gson.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader())) {
                ClientJavaModels.Models models = ClientJavaModels.read(client, loader, groups);
                Fabric8OpenShift.addTo(models.definitions(), openshift, models.byUnversionedName());
                OpenApiConverter.Pack pack = OpenApiConverter.convert(client.getFileName().toString(), models.definitions());
                if (!pack.skipped().isEmpty()) {
                    // OpenShift's legacy authorization.openshift.io reviews: validate looks up authorization.k8s.io's
                    System.out.println("maestro-deploy: " + versionAndJar[0] + ": " + pack.skipped().size()
                            + " kinds skipped for the Kubernetes kinds of the same file name");
                }
                write(out.resolve(versionAndJar[0]), pack.schemas());
            }
        }
    }

    private static void write(Path dir, Map<String, ObjectNode> schemas) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        int written = 0;
        for (Map.Entry<String, ObjectNode> e : schemas.entrySet()) {
            if (e.getKey().split("-")[0].endsWith("list")) {
                continue; // lists are validated item by item
            }
            Files.writeString(dir.resolve(e.getKey()), Json.line(SharedSubschemas.compact((ObjectNode) withoutNull(e.getValue()))));
            written++;
        }
        System.out.println("maestro-deploy: wrote " + written + " built-in schemas to " + dir);
    }

    /** {@code type: [T, "null"]} becomes {@code type: T}; formats and group-version-kind extensions go. */
    static JsonNode withoutNull(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            ObjectNode out = obj.objectNode();
            obj.properties().forEach(e -> {
                JsonNode v = e.getValue();
                boolean schemaKeyword = !(v instanceof ObjectNode);
                if (e.getKey().equals("type") && v.isArray() && v.size() == 2 && v.get(1).asText().equals("null")) {
                    out.set("type", v.get(0));
                } else if (schemaKeyword && (e.getKey().equals("format") || e.getKey().startsWith("x-kubernetes-"))) {
                    return;
                } else {
                    out.set(e.getKey(), withoutNull(v));
                }
            });
            return out;
        }
        if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode arr) {
            com.fasterxml.jackson.databind.node.ArrayNode out = arr.arrayNode();
            arr.forEach(x -> out.add(withoutNull(x)));
            return out;
        }
        return node;
    }

    private static JsonNode readJarEntry(Path jar, String entry) throws IOException {
        try (JarFile f = new JarFile(jar.toFile()); InputStream in = f.getInputStream(f.getEntry(entry))) {
            return new ObjectMapper().readTree(in);
        }
    }
}
