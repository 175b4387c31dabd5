package org.maestroperf.deploy.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What a bundle is generated from. Every entry point that generates ({@code generate},
 * {@code run --profile}, {@code template}, {@code diff}, the Maven plugin) takes these same options.
 *
 * @param profiles  built-in profile names or profile files, later ones win
 * @param sets      {@code KEY=VALUE} overrides applied after every profile
 * @param testCases test-case files or folders of them
 * @param templates a folder of Velocity templates that replace built-in ones, or null
 */
public record GenerationRequest(List<String> profiles, List<String> sets, List<Path> testCases, Path templates) {

    public GenerationRequest {
        profiles = List.copyOf(profiles);
        sets = List.copyOf(sets);
        testCases = List.copyOf(testCases);
    }

    /** A built-in or file profile alone, no overrides, no test cases. */
    public static GenerationRequest of(String... profiles) {
        return new GenerationRequest(List.of(profiles), List.of(), List.of(), null);
    }
}
