package org.maestroperf.deploy.maven;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.maestroperf.deploy.diag.Choices;
import org.maestroperf.deploy.files.TextFiles;
import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.OutputFormat;
import org.maestroperf.deploy.validator.report.Report;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.rules.Rules;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;

/**
 * Validates Kubernetes, OKD and OpenShift manifests offline, as {@code maestro-deploy validate}
 * does: strict schemas, then the rules that need the whole bundle. Every finding is logged as
 * {@code file:[line,column]}, report files are written for CI, and the build fails on errors (or
 * warnings, with {@code failOn=warning}).
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class ValidateMojo extends MaestroMojo {

    /**
     * Manifest files and folders (searched for {@code .yaml}, {@code .yml}, {@code .json}); by
     * default the bundle {@code maestro:generate} wrote.
     */
    @Parameter(property = "maestro.manifests")
    List<File> manifests = new ArrayList<>();

    /** The bundle validated when no {@code manifests} are given. */
    @Parameter(property = "maestro.outputDirectory", defaultValue = "${project.build.directory}/maestro")
    File outputDirectory;

    /** Kubernetes version of the schemas (built in: 1.33, 1.30). */
    @Parameter(property = "maestro.kubernetesVersion", defaultValue = "1.33")
    String kubernetesVersion;

    /**
     * Where schemas are, tried in order: {@code default} (built in), a folder, or a kubeconform URL
     * template; by default the built-in pack.
     */
    @Parameter(property = "maestro.schemaLocation")
    List<String> schemaLocations = new ArrayList<>();

    /** Cache of schemas fetched over http(s). */
    @Parameter(property = "maestro.schemaCache", defaultValue = "${user.home}/.cache/maestro-deploy/schemas")
    File schemaCache;

    /** Reject fields a schema does not know. */
    @Parameter(property = "maestro.strict", defaultValue = "true")
    boolean strict;

    /** Skip objects whose kind has no schema instead of reporting an error. */
    @Parameter(property = "maestro.ignoreMissingSchemas", defaultValue = "false")
    boolean ignoreMissingSchemas;

    /** Rules (or {@code schema}, {@code schema-missing}) not to run; see docs/rules.md. */
    @Parameter(property = "maestro.skipRules")
    List<String> skipRules = new ArrayList<>();

    /** Rules that are off by default to run. */
    @Parameter(property = "maestro.enableRules")
    List<String> enableRules = new ArrayList<>();

    /** Objects made outside the manifests that references may name, as {@code Kind/name}. */
    @Parameter(property = "maestro.external")
    List<String> externals = new ArrayList<>();

    /** The lowest severity that fails the build: {@code error} or {@code warning}. */
    @Parameter(property = "maestro.failOn", defaultValue = "error")
    String failOn;

    /**
     * Report files to write into {@code reportsDirectory}: {@code junit}
     * ({@code TEST-maestro-validate.xml}), {@code sarif} ({@code maestro-validate.sarif}),
     * {@code json}, {@code tap} or {@code text}.
     */
    @Parameter(property = "maestro.reportFormats", defaultValue = "junit")
    List<String> reportFormats;

    /** Where the report files go. */
    @Parameter(property = "maestro.reportsDirectory", defaultValue = "${project.build.directory}/maestro-reports")
    File reportsDirectory;

    @Override
    void run() throws MojoFailureException {
        Severity threshold = Choices.parse(Severity.class, failOn, "failOn");
        List<OutputFormat> formats = reportFormats.stream().map(f -> Choices.parse(OutputFormat.class, f, "reportFormats")).toList();
        ValidationOptions options = new ValidationOptions(KubernetesVersion.parse(kubernetesVersion), schemaLocations,
                strict, ignoreMissingSchemas, new LinkedHashSet<>(skipRules), new LinkedHashSet<>(enableRules),
                new LinkedHashSet<>(externals), schemaCache.toPath());
        List<Path> paths = (manifests.isEmpty() ? List.of(outputDirectory) : manifests).stream().map(this::resolve).toList();
        Report report = new Validator(options).validateFiles(paths);
        for (OutputFormat format : formats) {
            Path file = resolve(reportsDirectory).resolve(fileName(format));
            StringWriter text = new StringWriter();
            format.write(report, Rules.all(), new PrintWriter(text));
            TextFiles.write(file, text.toString());
            getLog().debug("wrote " + file);
        }
        List<String> failing = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.severity().compareTo(threshold) <= 0) {
                failing.add(MavenMessages.finding(f));
            } else {
                getLog().warn(MavenMessages.finding(f));
            }
        }
        if (!failing.isEmpty()) {
            throw failure(what() + ": " + report.summary(), failing);
        }
        getLog().info(report.summary());
    }

    @Override
    String what() {
        return "maestro:validate";
    }

    static String fileName(OutputFormat format) {
        return switch (format) {
            case JUNIT -> "TEST-maestro-validate.xml";
            case SARIF -> "maestro-validate.sarif";
            case JSON -> "maestro-validate.json";
            case TAP -> "maestro-validate.tap";
            case TEXT -> "maestro-validate.txt";
        };
    }
}
