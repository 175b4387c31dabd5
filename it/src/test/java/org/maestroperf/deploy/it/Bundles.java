package org.maestroperf.deploy.it;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import io.fabric8.kubernetes.api.model.HasMetadata;

import org.maestroperf.deploy.pipeline.CheckedBundle;
import org.maestroperf.deploy.pipeline.GenerationRequest;
import org.maestroperf.deploy.pipeline.Pipeline;
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
        return kubernetesMosquitto(namespace, List.of(), testCaseFiles);
    }

    /** The same, with {@code --set} overrides. */
    static Bundle kubernetesMosquitto(String namespace, List<String> sets, String... testCaseFiles) {
        List<Path> files = Arrays.stream(testCaseFiles).map(TEST_CASES::resolve).toList();
        CheckedBundle checked = Pipeline.render(new GenerationRequest(List.of("kubernetes-mosquitto"), sets, files, null));
        if (!checked.valid()) {
            throw new AssertionError("the bundle does not validate: " + checked.report().findings());
        }
        return new GeneratedBundleSource(checked.bundle(), NAME).load().inNamespace(namespace);
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
