package org.maestroperf.deploy.cli;

import java.nio.file.Path;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.pipeline.CheckedBundle;
import org.maestroperf.deploy.pipeline.Pipeline;
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
    GenerationOptions generation;

    @Option(names = "--bundle-name", paramLabel = "NAME", defaultValue = "maestro",
            description = "Name the applied objects are recorded under (default: ${DEFAULT-VALUE}).")
    String name;

    /** The named directory, or the profiles rendered in memory and refused unless they validate. */
    BundleSource source() {
        return source(path, generation, name);
    }

    /** What the bundle is, for a diff's header: the path as given, or the options that generate it. */
    String describe() {
        return path != null ? path.toString() : InMemoryBundle.describe(generation);
    }

    /** The directory (or bundle.yaml) at {@code path}, or, when it is null, what {@code generation} renders. */
    static BundleSource source(Path path, GenerationOptions generation, String name) {
        boolean fromProfile = generation.generates();
        if (fromProfile == (path != null)) {
            throw new UserException("give either a generated BUNDLE directory or --profile (to generate one in memory)");
        }
        if (!fromProfile) {
            if (generation.refinesProfile()) {
                throw new UserException("--testcase, --set and --templates need --profile; a generated BUNDLE already holds its test cases");
            }
            return new DirectoryBundleSource(path, name);
        }
        CheckedBundle checked = InvalidBundle.require(Pipeline.render(generation.request()), "nothing applied");
        return new GeneratedBundleSource(checked.bundle(), name);
    }
}
