package org.maestroperf.deploy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.diag.Choices;
import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.OutputFormat;
import org.maestroperf.deploy.validator.report.Report;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.rules.Rules;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code maestro-deploy validate}: strict schema validation plus cross-object and Maestro checks. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates Kubernetes, OKD and OpenShift manifests against strict schemas and the bundle rules.",
                "Exit status: 0 clean, 1 errors (or warnings with --fail-on warning), 2 usage or I/O error."})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files, directories (searched for .yaml, .yml, .json) or - for stdin (the default).")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-k", "--kubernetes-version"}, paramLabel = "VERSION", defaultValue = "1.33",
            description = "Kubernetes version of the schemas (built in: 1.33, 1.30). Default: ${DEFAULT-VALUE}.")
    String kubernetesVersion;

    @Option(names = {"-s", "--schema-location"}, paramLabel = "LOCATION",
            description = "Where schemas are, tried in order: default (built in), a folder, or a kubeconform template "
                    + "(local or http/https) such as https://host/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/"
                    + "{{ .ResourceKind }}{{ .KindSuffix }}.json. Repeatable.")
    List<String> schemaLocations = new ArrayList<>();

    @Option(names = "--schema-cache", paramLabel = "DIR", description = "Cache of schemas fetched over http(s). "
            + "Default: ~/.cache/maestro-deploy/schemas.")
    Path schemaCache;

    @Option(names = "--strict", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Reject unknown fields (default); --no-strict allows them.")
    boolean strict;

    @Option(names = "--ignore-missing-schemas", description = "Skip objects whose kind has no schema instead of reporting an error.")
    boolean ignoreMissingSchemas;

    @Option(names = "--skip", paramLabel = "RULE", split = ",", description = "Rules not to run (comma list, repeatable).")
    List<String> skip = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",", description = "Rules off by default to run (comma list, repeatable).")
    List<String> enable = new ArrayList<>();

    @Option(names = "--external", paramLabel = "KIND/NAME", split = ",",
            description = "An object created outside the bundle that references may name, e.g. Secret/registry-credentials.")
    List<String> external = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, junit, tap or sarif. Default: ${DEFAULT-VALUE}.")
    String output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "error (default) or warning: the lowest severity that makes the exit status 1.")
    String failOn;

    @Override
    public Integer call() {
        OutputFormat format = Choices.parse(OutputFormat.class, output, "--output");
        Severity threshold = Choices.parse(Severity.class, failOn, "--fail-on");
        Path cache = schemaCache != null ? schemaCache
                : Path.of(System.getProperty("user.home"), ".cache", "maestro-deploy", "schemas");
        ValidationOptions options = new ValidationOptions(KubernetesVersion.parse(kubernetesVersion), schemaLocations,
                strict, ignoreMissingSchemas, new LinkedHashSet<>(skip), new LinkedHashSet<>(enable),
                new LinkedHashSet<>(external), cache);
        Report report = new Validator(options).validateInputs(paths.isEmpty() ? List.of("-") : paths, System.in);
        format.write(report, Rules.all(), spec.commandLine().getOut());
        return report.fails(threshold) ? ExitCode.FAILED : ExitCode.OK;
    }
}
