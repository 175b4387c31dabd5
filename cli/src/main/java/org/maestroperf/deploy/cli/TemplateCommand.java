package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.files.TextFiles;
import org.maestroperf.deploy.openshift.PublishedTemplate;
import org.maestroperf.deploy.openshift.TreeWriter;
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
                "      --file maestro.yaml",
                "  maestro-deploy template --output-dir output/templates"})
final class TemplateCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("yaml", "json");

    @Spec
    CommandSpec spec;

    @Mixin
    GenerationOptions generation;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "yaml",
            description = "yaml (default) or json. (Another value is the deprecated spelling of --file.)")
    String format;

    @Option(names = "--file", paramLabel = "FILE", description = "Write the Template to FILE instead of stdout.")
    Path file;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Without --profile: write <combination>.yaml for each built-in OKD/OpenShift combination.")
    Path outputDir;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", hidden = true,
            description = "Refused: a Template carries no namespace (see the error).")
    String namespace;

    @Override
    public Integer call() {
        if (namespace != null) {
            throw new UserException("-n " + namespace + ": a Template carries no namespace; its objects go where it is"
                    + " instantiated (oc new-app TEMPLATE -n " + namespace + ", or oc process -f FILE | oc apply -n "
                    + namespace + " -f -), and the Template itself where it is created (oc create -f FILE -n "
                    + namespace + ")");
        }
        Path output = file;
        boolean json = format.equals("json");
        if (!FORMATS.contains(format)) {
            if (file != null) {
                throw new UserException("-o " + format + ": not an output format (yaml, json); the file is --file " + file);
            }
            DeprecatedSpelling.warn(spec.commandLine().getErr(), "-o/--output FILE",
                    "will only name an output format (yaml, json), as in kubectl", "--file FILE");
            output = Path.of(format);
        }
        if (outputDir != null) {
            if (generation.generates() || generation.refinesProfile() || output != null || json) {
                throw new UserException("--output-dir writes the built-in catalog Templates as published;"
                        + " it takes no --profile, --set, --testcase, --templates, --file or --output");
            }
            for (String combination : TemplatePublisher.PUBLISHED) {
                PublishedTemplate t = publish(GenerationRequest.of(combination));
                TextFiles.write(outputDir.resolve(combination + ".yaml"), TemplatePublisher.publishedFile(combination, t));
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
        String text = json ? TreeWriter.json(t.tree()) : t.yaml();
        if (output != null) {
            TextFiles.write(output, text);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
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
