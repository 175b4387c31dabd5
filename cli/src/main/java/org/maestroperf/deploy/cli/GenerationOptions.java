package org.maestroperf.deploy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.pipeline.GenerationRequest;
import org.maestroperf.deploy.yaml.YamlValues;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of every command that generates a bundle ({@code @Mixin}): generate, run --profile,
 * preflight --profile, stop/unassign --profile and template take the same ones.
 */
public final class GenerationOptions {

    @Mixin
    ProfileOptions profile;

    @Mixin
    TestCaseOptions testCases;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of templates that replace built-in ones of the same path (e.g. worker/deployment.yaml.vm).")
    Path templates;

    /** Whether any profile was named: the command generates in memory. */
    boolean generates() {
        return !profile.profiles.isEmpty();
    }

    /** Whether anything besides a profile was given (--set, --testcase, --templates). */
    boolean refinesProfile() {
        return !profile.sets.isEmpty() || !testCases.isEmpty() || templates != null;
    }

    GenerationRequest request() {
        return request(null);
    }

    /**
     * The request, with {@code namespace} (generate's -n; null for none) applied after every --set, as
     * a string whatever it looks like.
     */
    GenerationRequest request(String namespace) {
        List<String> sets = new ArrayList<>(profile.sets);
        if (namespace != null) {
            sets.add("namespace=" + new YamlValues().quoted(namespace));
        }
        return new GenerationRequest(profile.profiles, sets, testCases.paths, templates);
    }
}
