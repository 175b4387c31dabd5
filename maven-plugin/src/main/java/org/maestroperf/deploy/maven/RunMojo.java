package org.maestroperf.deploy.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.maestroperf.deploy.runner.Durations;
import org.maestroperf.deploy.runner.RunOptions;
import org.maestroperf.deploy.runner.RunOutcome;
import org.maestroperf.deploy.runner.RunReport;
import org.maestroperf.deploy.runner.Runner;
import org.maestroperf.deploy.runner.results.SummaryTable;

import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Runs the bundle on the cluster of the user's kubeconfig, as {@code maestro-deploy run} does:
 * pre-flight, apply, wait for the infrastructure, then each test case as a fresh Job. The results,
 * {@code junit.xml} among them, go to {@code resultsDirectory} for CI to report; a failed test
 * case fails the build, and so does a cluster that cannot run it.
 */
@Mojo(name = "run", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class RunMojo extends ClusterMojo {

    /** Bound for the whole run, as kubectl writes durations: {@code 90s}, {@code 30m}, {@code 1h30m}. */
    @Parameter(property = "maestro.timeout")
    String timeout;

    /** Stop at the first failed test case. */
    @Parameter(property = "maestro.failFast", defaultValue = "false")
    boolean failFast;

    /** Leave a stuck, timed-out or interrupted client Job and its pods in place. */
    @Parameter(property = "maestro.keep", defaultValue = "false")
    boolean keep;

    /** Only a server-side dry run: the API server validates every object, nothing is changed or run. */
    @Parameter(property = "maestro.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Logs, pod status, events, reports, {@code summary.json} and {@code junit.xml} of the run. */
    @Parameter(property = "maestro.results", defaultValue = "${project.build.directory}/maestro-results")
    File resultsDirectory;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        RunOptions options = new RunOptions(dryRun, Durations.parse("timeout", timeout), failFast, keep,
                resolve(resultsDirectory));
        RunReport report;
        try {
            report = Runner.run(source(), connect(), options, new MavenProgress(getLog()));
        } catch (KubernetesClientException e) {
            throw new MojoExecutionException("maestro:run: cluster API: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!report.results().isEmpty()) {
            SummaryTable.render(report.results()).lines().forEach(getLog()::info);
        }
        if (report.outcome() == RunOutcome.PASSED) {
            getLog().info("maestro:run: " + (dryRun ? "the server accepted every object (dry run)"
                    : "every test case passed; results in " + resultsDirectory));
            return;
        }
        String summary = "maestro:run: " + report.outcome() + (dryRun ? "" : "; results in " + resultsDirectory);
        if (report.outcome() == RunOutcome.FAILED) {
            throw failure(summary, report.messages());
        }
        report.messages().forEach(getLog()::error);
        throw new MojoExecutionException(summary + System.lineSeparator() + String.join(System.lineSeparator(),
                report.messages()));
    }

    @Override
    String what() {
        return "maestro:run";
    }
}
