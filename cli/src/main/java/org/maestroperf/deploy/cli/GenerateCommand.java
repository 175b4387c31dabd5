package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.generator.Generator;
import org.maestroperf.deploy.generator.output.BundleWriter;
import org.maestroperf.deploy.generator.output.GeneratedBundle;
import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.OutputFormat;
import org.maestroperf.deploy.validator.report.Report;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.SourceDocument;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code maestro-deploy generate}: renders a bundle from profiles and test cases into a directory or stdout. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Renders the bundle of the given profiles and test cases into a directory.", "",
                "One file per object in component folders, bundle.yaml (every object in apply order) and",
                "kustomization.yaml. What is rendered is validated first (as 'validate' would); with an",
                "error nothing is written. The directory is replaced as a whole, atomically."},
        footer = {"", "Examples:",
                "  maestro-deploy generate --profile openshift-activemq --output out/",
                "  maestro-deploy generate -p kubernetes-mosquitto --set worker.replicas=4 \\",
                "      --testcase profiles/testcases/fixed-rate.yaml --output out/",
                "  maestro-deploy generate -p okd-mosquitto --stdout | kubectl apply -f -"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile;

    @Mixin
    TestCaseOptions testCases;

    @ArgGroup(multiplicity = "1")
    Destination destination;

    static final class Destination {
        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
                description = "The bundle directory to write (replaced whole; see --force).")
        Path directory;

        @Option(names = "--stdout", required = true, description = "Print bundle.yaml instead of writing files.")
        boolean stdout;
    }

    @Option(names = "--force", description = "Replace --output even if maestro-deploy did not generate it.")
    boolean force;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of templates that replace built-in ones of the same path (e.g. worker/deployment.yaml.vm).")
    Path templates;

    @Override
    public Integer call() {
        GeneratedBundle bundle = new Generator(templates)
                .generate(profile.load(), testCases.load());
        PrintWriter err = spec.commandLine().getErr();
        List<Finding> findings = new Validator(ValidationOptions.defaults()).validate(bundle.objects().stream()
                .map(o -> new SourceDocument(o.file(), o.yaml())).toList());
        if (!findings.isEmpty()) {
            OutputFormat.TEXT.write(new Report(findings, bundle.objects().size(), bundle.objects().size()), List.of(), err);
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            err.println("error: nothing written: the rendered bundle does not validate (see above)");
            return ExitCode.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (destination.stdout) {
            out.print(bundle.bundleYaml());
        } else {
            BundleWriter.write(bundle.files(), destination.directory, force);
            err.printf("wrote %d objects to %s (bundle.yaml, kustomization.yaml)%n",
                    bundle.bundled().size(), destination.directory);
        }
        out.flush();
        return ExitCode.OK;
    }
}
