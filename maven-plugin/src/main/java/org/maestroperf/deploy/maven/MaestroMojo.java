package org.maestroperf.deploy.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.maestroperf.deploy.diag.UserException;

/**
 * What every goal shares: {@code skip}, the project, and the one way a mistake in the user's input
 * ends the build (a {@link UserException}'s problems as Maven's {@code file:[line,column]} lines).
 */
abstract class MaestroMojo extends AbstractMojo {

    /** Skip this goal (for every goal at once: {@code -Dmaestro.skip}). */
    @Parameter(property = "maestro.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("skipped (maestro.skip)");
            return;
        }
        try {
            run();
        } catch (UserException e) {
            throw failure(what() + ": " + problems(e.problems().size()), e.problems().stream().map(MavenMessages::problem).toList());
        }
    }

    /** The goal's work; a mistake in the input is a {@link UserException}. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** What the goal does, for the first line of a failure ({@code maestro:generate}). */
    abstract String what();

    /** Logs each line as an error, and returns the failure that ends the build with all of them. */
    MojoFailureException failure(String summary, List<String> lines) {
        lines.forEach(getLog()::error);
        return new MojoFailureException(summary + (lines.isEmpty() ? "" : System.lineSeparator()
                + String.join(System.lineSeparator(), lines)));
    }

    /** A path of the configuration, relative to the project's directory (not to where Maven was started). */
    Path resolve(File file) {
        return project.getBasedir().toPath().resolve(file.toPath()).normalize();
    }

    static String problems(int count) {
        return count + (count == 1 ? " problem" : " problems");
    }
}
