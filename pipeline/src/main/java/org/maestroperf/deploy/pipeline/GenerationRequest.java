package org.maestroperf.deploy.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.yaml.YamlValues;

/**
 * What a bundle is generated from. Every entry point that generates ({@code generate},
 * {@code run --profile}, {@code template}, {@code diff}, the Maven plugin, a library caller) takes
 * these same options and hands them to {@link Pipeline}. Immutable: each {@code with} method returns
 * a new request.
 *
 * <pre>{@code
 * GenerationRequest request = GenerationRequest.of("openshift-activemq")
 *         .withSet("worker.replicas", 4)
 *         .withTestCases(Path.of("testcases"));
 * }</pre>
 *
 * @param profiles  built-in profile names or profile files, later ones win
 * @param sets      {@code KEY=VALUE} overrides applied after every profile, the value read as YAML
 * @param testCases test-case files or folders of them
 * @param templates a folder of Velocity templates that replace built-in ones, or null
 */
public record GenerationRequest(List<String> profiles, List<String> sets, List<Path> testCases, Path templates) {

    private static final YamlValues YAML = new YamlValues();

    /**
     * Copies the lists, so that the request does not change when the caller's lists do.
     *
     * @param profiles  built-in profile names or profile files, later ones win
     * @param sets      {@code KEY=VALUE} overrides applied after every profile
     * @param testCases test-case files or folders of them
     * @param templates a folder of Velocity templates that replace built-in ones, or null
     */
    public GenerationRequest {
        profiles = List.copyOf(profiles);
        sets = List.copyOf(sets);
        testCases = List.copyOf(testCases);
    }

    /**
     * Built-in or file profiles alone, no overrides, no test cases.
     *
     * @param profiles built-in profile names ({@code openshift-activemq}) or profile files, later ones win
     * @return the request
     */
    public static GenerationRequest of(String... profiles) {
        return fromProfiles(List.of(profiles));
    }

    /**
     * Built-in or file profiles alone, no overrides, no test cases.
     *
     * @param profiles built-in profile names ({@code openshift-activemq}) or profile files, later ones win
     * @return the request
     */
    public static GenerationRequest fromProfiles(List<String> profiles) {
        return new GenerationRequest(profiles, List.of(), List.of(), null);
    }

    /**
     * This request with one more override, written as on the command line.
     *
     * @param keyEqualsValue {@code worker.replicas=4}: a dotted key, {@code =}, and a value read as YAML
     *                       ({@code 4} a number, {@code "4"} a string, {@code null} unsets)
     * @return the new request
     */
    public GenerationRequest withSet(String keyEqualsValue) {
        List<String> more = new ArrayList<>(sets);
        more.add(keyEqualsValue);
        return new GenerationRequest(profiles, more, testCases, templates);
    }

    /**
     * This request with one more override whose value is a Java value: a {@link String} stays a
     * string whatever it looks like, an {@link Integer} or {@link Long} is a number, a {@link Boolean}
     * a boolean, and null unsets the key.
     *
     * @param key   a dotted key such as {@code worker.replicas} or {@code worker.env[JAVA_OPTS].value}
     * @param value the value
     * @return the new request
     * @throws IllegalArgumentException for a value of any other type
     */
    public GenerationRequest withSet(String key, Object value) {
        String yaml;
        if (value == null) {
            yaml = "null";
        } else if (value instanceof String s) {
            yaml = YAML.quoted(s);
        } else if (value instanceof Integer || value instanceof Long) {
            yaml = YAML.integer(value);
        } else if (value instanceof Boolean) {
            yaml = YAML.bool(value);
        } else {
            throw new IllegalArgumentException(key + ": a value is a String, Integer, Long, Boolean or null, not "
                    + value.getClass().getSimpleName());
        }
        return withSet(key + "=" + yaml);
    }

    /**
     * This request with more test cases.
     *
     * @param filesOrFolders test-case files, or folders whose {@code .yaml} files are test cases
     * @return the new request
     */
    public GenerationRequest withTestCases(Path... filesOrFolders) {
        List<Path> more = new ArrayList<>(testCases);
        more.addAll(List.of(filesOrFolders));
        return new GenerationRequest(profiles, sets, more, templates);
    }

    /**
     * This request with built-in templates replaced by those of a folder.
     *
     * @param folder templates at the same relative paths as the built-in ones
     *               ({@code worker/deployment.yaml.vm}), or null for none
     * @return the new request
     */
    public GenerationRequest withTemplates(Path folder) {
        return new GenerationRequest(profiles, sets, testCases, folder);
    }
}
