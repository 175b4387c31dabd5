package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

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
                "One file per object in component folders (one per test case for its ConfigMap and Job),",
                "bundle.yaml (every object in apply order) and kustomization.yaml. What is rendered is",
                "validated first (as 'validate' would); with an error nothing is written. The directory",
                "is replaced as a whole, atomically, when it is empty or holds nothing but a previous",
                "bundle; anything else in it (a file maestro-deploy did not write, a symbolic link, the",
                "working or home directory) is refused and left as it is."},
        footer = {"", "Examples:",
                "  maestro-deploy generate --profile openshift-activemq --output out/",
                "  maestro-deploy generate -p kubernetes-mosquitto --set worker.replicas=4 \\",
                "      --testcase profiles/testcases/fixed-rate.yaml --output out/",
                "  maestro-deploy generate -p okd-mosquitto --stdout | kubectl apply -f -"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GenerationOptions generation;

    @ArgGroup(multiplicity = "1")
    Destination destination;

    static final class Destination {
        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
                description = "The bundle directory to write (a previous bundle there is replaced whole).")
        Path directory;

        @Option(names = "--stdout", required = true, description = "Print bundle.yaml instead of writing files.")
        boolean stdout;
    }

    @Option(names = "--force", hidden = true, description = "Deprecated: changes nothing.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (force) {
            err.println("warning: --force is deprecated and changes nothing: a previous bundle is always replaced,"
                    + " and a directory holding anything else never is");
        }
        CheckedBundle checked = destination.stdout ? Pipeline.render(generation.request())
                : Pipeline.write(generation.request(), destination.directory);
        InvalidBundle.require(checked, "nothing written");
        InvalidBundle.printFindings(checked, err);
        if (destination.stdout) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(checked.bundle().bundleYaml());
            out.flush();
        } else {
            err.printf("wrote %d objects to %s (bundle.yaml, kustomization.yaml)%n",
                    checked.bundle().bundled().size(), destination.directory);
        }
        return ExitCode.OK;
    }
}
