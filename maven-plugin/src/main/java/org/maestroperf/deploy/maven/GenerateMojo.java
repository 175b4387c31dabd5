package org.maestroperf.deploy.maven;

import java.io.File;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.maestroperf.deploy.pipeline.CheckedBundle;
import org.maestroperf.deploy.pipeline.Pipeline;

/**
 * Generates the bundle of the given profiles and test cases, as {@code maestro-deploy generate}
 * does: validated first, written only when valid, the directory replaced as a whole. A mistake in a
 * profile or test case, or a finding of severity error, fails the build with its
 * {@code file:[line,column]}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends GeneratingMojo {

    /**
     * The bundle directory, replaced whole on every build; it may exist only empty or as a bundle
     * maestro-deploy generated (anything else in it is refused and left as it is).
     */
    @Parameter(property = "maestro.outputDirectory", defaultValue = "${project.build.directory}/maestro")
    File outputDirectory;

    @Override
    void run() throws MojoFailureException {
        CheckedBundle checked = requireValid(Pipeline.write(request(), resolve(outputDirectory)),
                "nothing written to " + outputDirectory);
        getLog().info("wrote " + checked.bundle().bundled().size() + " objects to " + outputDirectory);
    }

    @Override
    String what() {
        return "maestro:generate";
    }
}
