package org.maestroperf.deploy.runner.it;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import io.fabric8.kubernetes.api.model.HasMetadata;

import org.maestroperf.deploy.generator.Generator;
import org.maestroperf.deploy.generator.profile.ProfileLoader;
import org.maestroperf.deploy.generator.testcase.TestCaseLoader;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.bundle.GeneratedBundleSource;

/** Real bundles for the real server: what {@code run --profile kubernetes-mosquitto --testcase ...} renders. */
final class Bundles {

    static final String NAME = "maestro";
    private static final Path TEST_CASES = Path.of("..", "profiles", "testcases");

    private Bundles() {
    }

    /**
     * The kubernetes-mosquitto bundle with the named files of {@code profiles/testcases/}, moved into
     * {@code namespace} (its Namespace object renamed with it), as {@code -n} does.
     */
    static Bundle kubernetesMosquitto(String namespace, String... testCaseFiles) {
        List<Path> files = Arrays.stream(testCaseFiles).map(TEST_CASES::resolve).toList();
        return new GeneratedBundleSource(new Generator(null).generate(
                new ProfileLoader().load(List.of("kubernetes-mosquitto"), List.of()), new TestCaseLoader().load(files)),
                NAME).load().inNamespace(namespace);
    }

    /** The same bundle without the objects {@code leaving} matches. */
    static Bundle without(Bundle bundle, Predicate<HasMetadata> leaving) {
        return new Bundle(bundle.name(), bundle.infrastructure().stream().filter(leaving.negate()).toList(),
                bundle.testCases(), bundle.commands());
    }

    static Predicate<HasMetadata> named(String kind, String name) {
        return o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name);
    }
}
