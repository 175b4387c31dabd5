package org.maestroperf.deploy.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.maestroperf.deploy.pipeline.CheckedBundle;
import org.maestroperf.deploy.pipeline.GenerationRequest;
import org.maestroperf.deploy.validator.report.Severity;

/**
 * The inputs of the goals that generate a bundle ({@code generate}, {@code template}): the same as
 * the command line's {@code --profile}, {@code --set}, {@code --testcase} and {@code --templates}.
 * Relative paths are relative to the project's directory.
 */
abstract class GeneratingMojo extends MaestroMojo {

    /**
     * Built-in profile names ({@code openshift-activemq}; see {@code maestro-deploy profiles}) or
     * profile files, later ones win. {@code -Dmaestro.profile=a,b}.
     */
    @Parameter(property = "maestro.profile", required = true)
    List<String> profiles;

    /**
     * Overrides applied after every profile, as {@code KEY=VALUE} with the value read as YAML:
     * {@code worker.replicas=4}, {@code worker.env[JAVA_OPTS].value=-Xmx1g}.
     */
    @Parameter(property = "maestro.set")
    List<String> sets = new ArrayList<>();

    /** Test-case files, or folders of them: each adds its ConfigMap and client Job. */
    @Parameter(property = "maestro.testcase")
    List<File> testCases = new ArrayList<>();

    /** A folder of templates that replace the built-in ones of the same relative path. */
    @Parameter(property = "maestro.templates")
    File templates;

    /**
     * A folder of custom Groovy scripts shipped as the {@code test-scripts} ConfigMap (the
     * profile key {@code client.scripts}).
     */
    @Parameter(property = "maestro.scripts")
    File scripts;

    /** The request these parameters describe, every path made absolute against the project's directory. */
    GenerationRequest request() {
        GenerationRequest request = GenerationRequest.fromProfiles(profiles.stream().map(this::profile).toList())
                .withTestCases(testCases.stream().map(this::resolve).toArray(Path[]::new))
                .withTemplates(templates == null ? null : resolve(templates));
        for (String set : sets) {
            request = request.withSet(set);
        }
        return scripts == null ? request : request.withSet("client.scripts", resolve(scripts).toString());
    }

    /** A file of the project by its absolute path; anything else as given (a built-in profile name). */
    private String profile(String nameOrFile) {
        Path file = project.getBasedir().toPath().resolve(nameOrFile);
        return Files.isRegularFile(file) ? file.normalize().toString() : nameOrFile;
    }

    /**
     * The bundle when it validates, its warnings logged; otherwise the build fails with its errors,
     * as every command that generates refuses an invalid rendering.
     */
    CheckedBundle requireValid(CheckedBundle checked, String consequence) throws MojoFailureException {
        checked.report().findings().stream().filter(f -> f.severity() == Severity.WARNING)
                .forEach(f -> getLog().warn(MavenMessages.finding(f)));
        if (!checked.valid()) {
            throw failure(what() + ": the rendered bundle does not validate, " + consequence + " ("
                    + checked.report().summary() + ")", checked.report().findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR).map(MavenMessages::finding).toList());
        }
        return checked;
    }
}
