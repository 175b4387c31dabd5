package org.maestroperf.deploy.generator.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltinProfilesTest {

    /** The repository's profiles/ folder, seen from the generator module's directory (Maven's working dir). */
    private static final Path PROFILES = Path.of("..", "profiles");

    static List<String> profilesFolder() throws IOException {
        try (Stream<Path> files = Files.list(PROFILES)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - ".yaml".length())).sorted().toList();
        }
    }

    @Test
    void theBuiltinsAreExactlyTheProfilesFolder() throws IOException {
        assertThat(BuiltinProfiles.fromClasspath().names()).isEqualTo(profilesFolder())
                .contains("base", "kubernetes", "okd", "openshift", "mosquitto", "activemq", "openshift-activemq")
                .doesNotContain("fixed-rate");
    }

    @Test
    void everyBuiltinHasADescription() {
        assertThat(BuiltinProfiles.fromClasspath().summaries()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("profilesFolder")
    void everyBuiltinLoadsAndValidates(String name) {
        EffectiveProfile profile = new ProfileLoader().load(List.of(name), List.of());

        assertThat(profile.layers()).startsWith("base").endsWith(name);
        assertThat(profile.get("worker.replicas")).isEqualTo(2);
    }

    @Test
    void theCombinationsPickTheirPlatformAndBroker() {
        for (String platform : List.of("kubernetes", "okd", "openshift")) {
            for (String broker : List.of("mosquitto", "activemq")) {
                EffectiveProfile profile = new ProfileLoader().load(List.of(platform + "-" + broker), List.of());
                assertThat(profile.get("platform.name")).isEqualTo(platform);
                assertThat(profile.get("broker.kind")).isEqualTo(broker);
            }
        }
    }

    @Test
    void theListIsReadFromAJarToo(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("profiles.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : List.of("maestro-profiles/base.yaml", "maestro-profiles/edge.yaml",
                    "maestro-profiles/testcases/t.yaml", "other/x.yaml")) {
                out.putNextEntry(new JarEntry(entry));
                write(out, "description: " + entry + "\n");
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            BuiltinProfiles builtins = new BuiltinProfiles(loader);

            assertThat(builtins.names()).containsExactly("base", "edge");
            assertThat(builtins.summaries().get(1).description()).isEqualTo("maestro-profiles/edge.yaml");
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
