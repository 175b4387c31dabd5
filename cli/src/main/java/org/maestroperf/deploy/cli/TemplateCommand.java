package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.generator.output.BundleWriter;
import org.maestroperf.deploy.openshift.PublishedTemplate;
import org.maestroperf.deploy.pipeline.CheckedBundle;
import org.maestroperf.deploy.pipeline.GenerationRequest;
import org.maestroperf.deploy.pipeline.Pipeline;
import org.maestroperf.deploy.pipeline.TemplatePublisher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code maestro-deploy template}: the OpenShift Template of a profile's bundle, for the catalog. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Prints the OpenShift Template of an okd-* or openshift-* profile's bundle.", "",
                "Its objects without namespace, a parameter for each value a catalog user",
                "sets, and catalog annotations. Without --profile, --output-dir writes the",
                "four built-in OKD/OpenShift Templates (as published in output/templates)."},
        footer = {"", "Examples:",
                "  maestro-deploy template -p openshift-activemq | oc create -n openshift -f -",
                "  maestro-deploy template -p okd-mosquitto --set worker.replicas=4 \\",
                "      --output maestro.yaml",
                "  maestro-deploy template --output-dir output/templates"})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GenerationOptions generation;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the Template to FILE instead of stdout.")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Without --profile: write <combination>.yaml for each built-in OKD/OpenShift combination.")
    Path outputDir;

    @Override
    public Integer call() {
        if (outputDir != null) {
            if (generation.generates() || generation.refinesProfile() || output != null) {
                throw new UserException("--output-dir writes the built-in catalog Templates as published;"
                        + " it takes no --profile, --set, --testcase, --templates or --output");
            }
            for (String combination : TemplatePublisher.PUBLISHED) {
                PublishedTemplate t = publish(GenerationRequest.of(combination));
                BundleWriter.writeFile(outputDir.resolve(combination + ".yaml"), TemplatePublisher.publishedFile(combination, t));
            }
            spec.commandLine().getErr().printf("wrote %d templates to %s%n", TemplatePublisher.PUBLISHED.size(), outputDir);
            return ExitCode.OK;
        }
        if (!generation.generates()) {
            throw new UserException("give --profile (one of " + String.join(", ", TemplatePublisher.PUBLISHED)
                    + ", or a file), or --output-dir DIR for all four");
        }
        PublishedTemplate t = publish(generation.request());
        t.findings().forEach(f -> spec.commandLine().getErr().println(f));
        if (output != null) {
            BundleWriter.writeFile(output, t.yaml());
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(t.yaml());
            out.flush();
        }
        return ExitCode.OK;
    }

    private PublishedTemplate publish(GenerationRequest request) {
        CheckedBundle checked = InvalidBundle.require(Pipeline.render(request), "no Template made");
        InvalidBundle.printFindings(checked, spec.commandLine().getErr());
        return TemplatePublisher.publish(checked);
    }
}
