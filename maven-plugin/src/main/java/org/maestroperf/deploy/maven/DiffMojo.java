package org.maestroperf.deploy.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * What {@code maestro:run} would change on the cluster, as {@code maestro-deploy diff} shows it.
 * The goal and its parameters (those of every cluster goal) are in place; it works once the
 * runner has a library entry point for a live diff, which this build does not have yet, and until
 * then it fails rather than pretend there is nothing to change.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class DiffMojo extends ClusterMojo {

    @Override
    void run() throws MojoExecutionException {
        throw new MojoExecutionException("maestro:diff is not available in this version of maestro-deploy: the"
                + " runner has no live diff to call yet; nothing was read from or changed on the cluster");
    }

    @Override
    String what() {
        return "maestro:diff";
    }
}
