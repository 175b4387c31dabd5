package org.maestroperf.deploy.runner;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.runner.bundle.BundleSource;
import org.maestroperf.deploy.runner.cluster.BundleOnCluster;
import org.maestroperf.deploy.runner.cluster.ConnectOptions;
import org.maestroperf.deploy.runner.progress.Progress;

/**
 * The library's entry point for running a bundle on a cluster, what {@code maestro-deploy run}
 * does: connect as kubectl would, pre-flight, apply, wait for the infrastructure, run each test
 * case as a fresh Job, collect its results. How it ended is a value, the {@link RunReport}; a
 * failed test case is not an exception. While it runs, a JVM shutdown (Ctrl-C) removes the client
 * Job being waited for, unless {@link RunOptions#keep()}.
 *
 * <pre>{@code
 * RunReport report = Runner.run(new DirectoryBundleSource(Path.of("target/maestro"), "maestro"),
 *         ConnectOptions.defaults(), new RunOptions(false, Duration.ofHours(2), false, false, Path.of("results")),
 *         Progress.QUIET);
 * }</pre>
 */
public final class Runner {

    private Runner() {
    }

    /**
     * Runs the bundle's test cases on the cluster the options name, never on another.
     *
     * @param source   the bundle: a generated directory
     *                 ({@link org.maestroperf.deploy.runner.bundle.DirectoryBundleSource}) or a bundle
     *                 rendered in memory ({@link org.maestroperf.deploy.runner.bundle.GeneratedBundleSource})
     * @param connect  the kubeconfig, context and namespace (each null for kubectl's defaults)
     * @param options  dry run, timeout, fail-fast, keep, where results are written
     * @param progress where progress is reported ({@link Progress#QUIET} for nowhere)
     * @return the outcome, the test cases run and the lines explaining an early stop
     * @throws UserException when the bundle or the kubeconfig cannot be read
     */
    public static RunReport run(BundleSource source, ConnectOptions connect, RunOptions options, Progress progress) {
        try (BundleOnCluster target = BundleOnCluster.open(source, connect)) {
            Interruption interruption = new Interruption(target.cluster(), options.keep());
            return InterruptHook.around(interruption, progress,
                    () -> new RunPipeline(target.cluster(), progress, options, interruption).run(target.bundle()));
        }
    }
}
