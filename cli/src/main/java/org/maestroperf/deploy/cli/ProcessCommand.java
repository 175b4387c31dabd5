package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.generator.output.BundleWriter;
import org.maestroperf.deploy.input.InputText;
import org.maestroperf.deploy.openshift.ExpressionGenerator;
import org.maestroperf.deploy.openshift.ParameterTable;
import org.maestroperf.deploy.openshift.ParameterValues;
import org.maestroperf.deploy.openshift.ProcessedTemplate;
import org.maestroperf.deploy.openshift.ProcessedWriter;
import org.maestroperf.deploy.openshift.TemplateProcessor;
import org.maestroperf.deploy.openshift.TreeReader;
import org.maestroperf.deploy.openshift.TreeWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code maestro-deploy process}: processes an OpenShift Template offline, like {@code oc process --local}. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Processes an OpenShift Template offline, like 'oc process --local', and prints the objects"
                + " as a v1 List.")
final class ProcessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEMPLATE", description = "The Template file (YAML or JSON); - reads stdin.")
    String template;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "A parameter value (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--param-file", paramLabel = "FILE", description = "KEY=VALUE lines (repeatable; -p wins).")
    List<Path> paramFiles = new ArrayList<>();

    @Option(names = "--ignore-unknown-parameters", description = "Ignore values for parameters the template does not declare.")
    boolean ignoreUnknown;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "yaml",
            description = "yaml (default) or json.")
    String format;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write one file per object into DIR instead (replaced whole: it must be empty or hold"
                    + " an earlier output of process).")
    Path outputDir;

    @Option(names = "--parameters", description = "List the template's parameters (like oc process --parameters) and stop.")
    boolean listParameters;

    @Override
    public Integer call() {
        if (!format.equals("yaml") && !format.equals("json")) {
            throw new UserException("-o " + format + ": expected yaml or json");
        }
        String source = template.equals("-") ? "<stdin>" : template;
        Object tree = TreeReader.readOne(source, read());
        PrintWriter out = spec.commandLine().getOut();
        if (listParameters) {
            out.print(ParameterTable.of(source, tree));
            out.flush();
            return ExitCode.OK;
        }
        Map<String, String> values = ParameterValues.of(paramFiles, params);
        ProcessedTemplate processed = new TemplateProcessor(new ExpressionGenerator(new SecureRandom()))
                .process(source, tree, values, ignoreUnknown);
        if (outputDir != null) {
            // staged and moved into place as a bundle is: a failure leaves nothing, a rerun replaces its own output
            BundleWriter.write(BundleContract.marked(ProcessedWriter.files(processed.objects())), outputDir);
            spec.commandLine().getErr().printf("wrote %d objects to %s%n", processed.objects().size(), outputDir);
            return ExitCode.OK;
        }
        out.print(format.equals("json") ? TreeWriter.json(processed.asList()) : TreeWriter.yaml(processed.asList()));
        out.flush();
        return ExitCode.OK;
    }

    private String read() {
        return template.equals("-") ? InputText.readText(System.in, "<stdin>") : InputText.readText(Path.of(template), template);
    }
}
