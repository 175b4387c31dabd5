package org.maestroperf.deploy.maven;

import java.io.File;
import java.nio.file.Path;

import javax.inject.Inject;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;
import org.maestroperf.deploy.files.TextFiles;
import org.maestroperf.deploy.openshift.PublishedTemplate;
import org.maestroperf.deploy.pipeline.Pipeline;
import org.maestroperf.deploy.pipeline.TemplatePublisher;

/**
 * Publishes the OpenShift Template of an {@code okd-*} or {@code openshift-*} profile's bundle, as
 * {@code maestro-deploy template} does, and attaches it to the project with a classifier, so that
 * {@code mvn install} and {@code mvn deploy} publish it to a repository beside the project's own
 * artifact.
 */
@Mojo(name = "template", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class TemplateMojo extends GeneratingMojo {

    /** The classifier the Template is attached with (one per execution when there are several). */
    @Parameter(property = "maestro.classifier", defaultValue = "openshift-template")
    String classifier;

    /** Where the Template is written; by default {@code ${project.build.directory}/${project.build.finalName}-CLASSIFIER.yaml}. */
    @Parameter(property = "maestro.templateFile")
    File outputFile;

    /** Attach the Template to the project (so that install and deploy publish it). */
    @Parameter(property = "maestro.attach", defaultValue = "true")
    boolean attach;

    private final MavenProjectHelper projectHelper;

    @Inject
    public TemplateMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    void run() throws MojoFailureException {
        PublishedTemplate template = TemplatePublisher.publish(requireValid(Pipeline.render(request()),
                "no Template made"));
        template.findings().forEach(f -> getLog().warn(f.toString()));
        Path file = outputFile != null ? resolve(outputFile) : Path.of(project.getBuild().getDirectory())
                .resolve(project.getBuild().getFinalName() + "-" + classifier + ".yaml");
        TextFiles.write(file, template.yaml());
        if (attach) {
            projectHelper.attachArtifact(project, "yaml", classifier, file.toFile());
        }
        getLog().info("wrote the Template to " + file + (attach ? " (attached as " + classifier + ")" : ""));
    }

    @Override
    String what() {
        return "maestro:template";
    }
}
