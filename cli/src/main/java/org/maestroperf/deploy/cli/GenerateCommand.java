package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.contract.RenderedObject;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.pipeline.CheckedBundle;
import org.maestroperf.deploy.pipeline.Pipeline;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code maestro-deploy generate}: renders a bundle from profiles and test cases into a directory or stdout. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Renders the bundle of the given profiles and test cases into a directory.", "",
                "One file per object in component folders, bundle.yaml (the infrastructure in apply order)",
                "and kustomization.yaml; beside them client/testcase-<name>.yaml per test case (its ConfigMap",
                "and Job: applying it runs that test). What is rendered is validated first (as 'validate'",
                "would); with an error nothing is written. The directory is replaced as a whole, atomically,",
                "when it is empty or holds nothing but a previous bundle; anything else in it (a file",
                "maestro-deploy did not write, a symbolic link, the working or home directory) is refused",
                "and left as it is."},
        footer = {"", "Examples:",
                "  maestro-deploy generate --profile openshift-activemq --output-dir out/",
                "  maestro-deploy generate -p kubernetes-mosquitto --set worker.replicas=4 \\",
                "      --testcase profiles/testcases/fixed-rate.yaml --output-dir out/",
                "  maestro-deploy generate -p okd-mosquitto --stdout | kubectl apply -f -"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GenerationOptions generation;

    @ArgGroup(multiplicity = "1")
    Destination destination;

    static final class Destination {
        @Option(names = "--output-dir", paramLabel = "DIR", required = true,
                description = "The bundle directory to write (a previous bundle there is replaced whole).")
        Path directory;

        /** The spelling of --output-dir before -o named an output format; kept one release. */
        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, hidden = true,
                description = "Deprecated: use --output-dir.")
        Path deprecatedDirectory;

        @Option(names = "--stdout", required = true, description = "Print bundle.yaml instead of writing files.")
        boolean stdout;
    }

    @Option(names = "--force", hidden = true, description = "Deprecated: changes nothing.")
    boolean force;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "The namespace of every object and the Namespace object's name (as --set namespace=NS, after every --set).")
    String namespace;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (force) {
            err.println("warning: --force is deprecated and changes nothing: a previous bundle is always replaced,"
                    + " and a directory holding anything else never is");
        }
        Path directory = destination.directory;
        if (destination.deprecatedDirectory != null) {
            DeprecatedSpelling.warn(err, "-o/--output DIR", "will mean an output format, as in kubectl", "--output-dir DIR");
            directory = destination.deprecatedDirectory;
        }
        if (destination.stdout && !generation.testCases.isEmpty()) {
            throw new UserException("--stdout prints bundle.yaml, which holds no test case (each runs when its own"
                    + " client/testcase-<name>.yaml is applied, once the broker is up): write them with --output-dir DIR,"
                    + " or run them with 'maestro-deploy run --profile ... --testcase ...'");
        }
        CheckedBundle checked = destination.stdout ? Pipeline.render(generation.request(namespace))
                : Pipeline.write(generation.request(namespace), directory);
        InvalidBundle.require(checked, "nothing written");
        InvalidBundle.printFindings(checked, err);
        if (destination.stdout) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(checked.bundle().bundleYaml());
            out.flush();
        } else {
            long testCases = checked.bundle().objects().stream().filter(o -> o.part() == RenderedObject.Part.TEST_CASE)
                    .map(RenderedObject::file).distinct().count();
            err.printf("wrote %d objects to %s (bundle.yaml, kustomization.yaml)%s%n", checked.bundle().bundled().size(),
                    directory, testCases == 0 ? "" : " and " + testCases + " test case(s) beside them (client/testcase-*.yaml)");
        }
        return ExitCode.OK;
    }
}
