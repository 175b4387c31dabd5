package org.maestroperf.deploy.cli;

import java.util.concurrent.Callable;

import org.maestroperf.deploy.runner.preflight.Preflight;
import org.maestroperf.deploy.runner.preflight.PreflightProblem;
import org.maestroperf.deploy.runner.preflight.PreflightReport;
import org.maestroperf.deploy.runner.cluster.BundleOnCluster;
import org.maestroperf.deploy.runner.progress.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code maestro-deploy preflight}: the checks {@code run} makes first, without changing anything. */
@Command(name = "preflight", mixinStandardHelpOptions = true,
        description = "Check that a bundle can run on the cluster; changes nothing.")
final class PreflightCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    BundleArgument bundle;
    @Mixin
    ClusterOptions cluster;
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Progress progress = output.progress(spec.commandLine().getOut(), spec.commandLine().getErr());
        try (BundleOnCluster target = BundleOnCluster.open(bundle.source(), cluster.options())) {
            PreflightReport report = Preflight.run(target.cluster(), target.bundle(), progress);
            for (PreflightProblem problem : report.problems()) {
                if (output.json()) {
                    progress.emit("problem", problem.line(), java.util.Map.of("check", problem.check(),
                            "fix", problem.fix()));
                } else {
                    spec.commandLine().getErr().println("error: " + problem.line());
                }
            }
            if (report.passed()) {
                progress.emit("done", "pre-flight passed for namespace " + target.cluster().namespace());
                return ExitCode.OK;
            }
            return ExitCode.INFRASTRUCTURE;
        }
    }
}
