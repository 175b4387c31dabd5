package org.maestroperf.deploy.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maestroperf.deploy.contract.GeneratedBundle;

/**
 * The example bundles in output/ are what the generator makes today: fails on any drift. Refresh them
 * with {@code output/refresh} (which runs the CLI) and review the diff.
 */
class OutputSyncTest {

    private static final Path OUTPUT = Path.of("..", "output");

    static Stream<String> combinations() {
        return Bundles.COMBINATIONS.stream();
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void outputFolderHoldsExactlyTheGeneratedBundle(String combination) throws IOException {
        GeneratedBundle bundle = Bundles.generate(combination);
        Path folder = OUTPUT.resolve(combination);
        assertThat(folder).as("output/%s is missing; run output/refresh", combination).isDirectory();
        Map<String, String> onDisk = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                onDisk.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(onDisk).as("output/%s drifted from the generator; run output/refresh and review the diff", combination)
                .isEqualTo(new TreeMap<>(bundle.files()));
    }
}
