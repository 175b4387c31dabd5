package org.maestroperf.deploy.cli;

import java.nio.file.Path;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.generator.Generator;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.bundle.BundleSource;
import org.maestroperf.deploy.runner.bundle.DirectoryBundleSource;
import org.maestroperf.deploy.runner.bundle.GeneratedBundleSource;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The bundle a command works on: a generated directory (or its bundle.yaml), or profiles and test
 * cases generated in memory; and the name its objects are recorded under.
 */
final class BundleArgument {

    @Parameters(index = "0", arity = "0..1", paramLabel = "BUNDLE",
            description = "Generated directory, or its bundle.yaml (or give --profile to generate in memory).")
    Path path;

    @Mixin
    ProfileOptions profile;

    @Mixin
    TestCaseOptions testCases;

    @Option(names = "--bundle-name", paramLabel = "NAME", defaultValue = "maestro",
            description = "Name the applied objects are recorded under (default: ${DEFAULT-VALUE}).")
    String name;

    Bundle load(String namespace) {
        Bundle bundle = source().load();
        return namespace == null ? bundle : bundle.inNamespace(namespace);
    }

    /** What the bundle is, for a diff's header: the path as given, or the profile options. */
    String describe() {
        return path != null ? path.toString() : InMemoryBundle.describe(profile, testCases);
    }

    private BundleSource source() {
        return source(path, profile, testCases, name);
    }

    /** A generated directory (or its bundle.yaml) at {@code path}, or, when it is null, the profiles generated in memory. */
    static BundleSource source(Path path, ProfileOptions profile, TestCaseOptions testCases, String name) {
        boolean fromProfile = !profile.profiles.isEmpty();
        if (fromProfile == (path != null)) {
            throw new UserException("give either a generated BUNDLE directory or --profile (to generate one in memory)");
        }
        if (!fromProfile) {
            if (!testCases.isEmpty() || !profile.sets.isEmpty()) {
                throw new UserException("--testcase and --set need --profile; a generated BUNDLE already holds its test cases");
            }
            return new DirectoryBundleSource(path, name);
        }
        return new GeneratedBundleSource(new Generator(null).generate(profile.load(), testCases.load()), name);
    }
}
