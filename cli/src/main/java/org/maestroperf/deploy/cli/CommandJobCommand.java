package org.maestroperf.deploy.cli;

import java.util.concurrent.Callable;

import org.maestroperf.deploy.runner.CommandJobRun;
import org.maestroperf.deploy.runner.Durations;
import org.maestroperf.deploy.runner.InterruptHook;
import org.maestroperf.deploy.runner.Interruption;
import org.maestroperf.deploy.runner.cluster.BundleOnCluster;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.watch.Deadline;
import org.maestroperf.deploy.runner.watch.JobOutcome;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Shared body of {@code stop} and {@code unassign}: run the bundle's command Job and wait for it. */
abstract class CommandJobCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    BundleArgument bundle;
    @Mixin
    ClusterOptions cluster;
    @Mixin
    OutputOptions output;
    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m",
            description = "How long to wait for the Job (default: ${DEFAULT-VALUE}).")
    String timeout;

    abstract String command();

    @Override
    public Integer call() {
        Progress progress = output.progress(spec.commandLine().getOut(), spec.commandLine().getErr());
        Deadline deadline = Deadline.after(Durations.parse("--timeout", timeout));
        try (BundleOnCluster target = BundleOnCluster.open(bundle.source(), cluster.options())) {
            Interruption interruption = new Interruption(target.cluster(), false);
            JobOutcome outcome = InterruptHook.around(interruption, progress, () -> CommandJobRun.run(target.cluster(),
                    target.bundle(), command(), deadline, progress, interruption));
            return switch (outcome.verdict()) {
                case PASSED -> ExitCode.OK;
                case FAILED -> ExitCode.FAILED;
                case TIMEOUT -> ExitCode.TIMEOUT;
                case ERROR -> ExitCode.INFRASTRUCTURE;
            };
        }
    }

    /** {@code maestro-deploy stop}. */
    @picocli.CommandLine.Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Run the bundle's stop Job (maestro-cli -c stop) and wait for it.")
    static final class Stop extends CommandJobCommand {
        @Override
        String command() {
            return "stop";
        }
    }

    /** {@code maestro-deploy unassign}. */
    @picocli.CommandLine.Command(name = "unassign", mixinStandardHelpOptions = true,
            description = "Run the bundle's unassign Job (maestro-cli -c unassign) and wait for it.")
    static final class Unassign extends CommandJobCommand {
        @Override
        String command() {
            return "unassign";
        }
    }
}
