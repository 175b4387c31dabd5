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

/**
 * Build-time program (run by the validator's pom in {@code process-classes}) that writes the
 * built-in strict schema pack into the class path: for each Kubernetes version, the kinds of the
 * official Java client of that version plus the OpenShift kinds of a fabric8 openshift-model jar,
 * through {@link OpenApiConverter}. Descriptions are left out: they do not take part in validation.
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
                write(out.resolve(versionAndJar[0]), OpenApiConverter.convert(models.definitions()));
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
        ObjectMapper mapper = new ObjectMapper();
        int written = 0;
        for (Map.Entry<String, ObjectNode> e : schemas.entrySet()) {
            if (e.getKey().split("-")[0].endsWith("list")) {
                continue; // lists are validated item by item
            }
            mapper.writeValue(dir.resolve(e.getKey()).toFile(), e.getValue());
            written++;
        }
        System.out.println("maestro-deploy: wrote " + written + " built-in schemas to " + dir);
    }

    private static JsonNode readJarEntry(Path jar, String entry) throws IOException {
        try (JarFile f = new JarFile(jar.toFile()); InputStream in = f.getInputStream(f.getEntry(entry))) {
            return new ObjectMapper().readTree(in);
        }
    }
}
