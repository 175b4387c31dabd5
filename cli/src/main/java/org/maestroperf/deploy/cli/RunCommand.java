package org.maestroperf.deploy.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.runner.Interruption;
import org.maestroperf.deploy.runner.RunOptions;
import org.maestroperf.deploy.runner.RunOutcome;
import org.maestroperf.deploy.runner.RunPipeline;
import org.maestroperf.deploy.runner.RunReport;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.results.ResultsWriter;
import org.maestroperf.deploy.runner.results.SummaryTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code maestro-deploy run}: apply a bundle, run its test cases, collect results. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Pre-flight, apply, wait for the infrastructure, run each test case and collect its results.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    BundleArgument bundle;
    @Mixin
    ClusterOptions cluster;
    @Mixin
    OutputOptions output;

    @Option(names = "--dry-run", paramLabel = "server",
            description = "Only 'server': the API server validates every object, nothing is changed or run.")
    String dryRun;
    @Option(names = "--timeout", paramLabel = "DURATION", description = "Bound for the whole run, e.g. 30m, 90s, 2h.")
    String timeout;
    @Option(names = "--fail-fast", description = "Stop at the first failed test case.")
    boolean failFast;
    @Option(names = "--keep", description = "Leave a stuck, timed-out or interrupted client Job and its pods in place.")
    boolean keep;
    @Option(names = "--results", paramLabel = "DIR", description = "Write logs, pod status, events, reports and summaries here.")
    Path results;

    @Override
    public Integer call() {
        if (dryRun != null && !dryRun.equals("server")) {
            throw new UserException("--dry-run: only 'server' is supported (the server validates; nothing is changed)");
        }
        String unwritable = results == null ? null : ResultsWriter.unwritable(results);
        if (unwritable != null) {
            throw new UserException("--results " + results + ": " + unwritable);
        }
        RunOptions options = new RunOptions(dryRun != null, Durations.parse("--timeout", timeout), failFast, keep, results);
        Progress progress = output.progress(spec.commandLine().getOut(), spec.commandLine().getErr());
        try (BundleOnCluster target = BundleOnCluster.open(bundle, cluster)) {
            Interruption interruption = new Interruption(target.cluster(), keep);
            RunReport report = InterruptHook.around(interruption, progress,
                    () -> new RunPipeline(target.cluster(), progress, options, interruption).run(target.bundle()));
            for (String message : report.messages()) {
                if (output.json()) {
                    progress.emit("problem", message);
                } else {
                    spec.commandLine().getErr().println("error: " + message);
                }
            }
            if (!output.json() && !report.results().isEmpty()) {
                spec.commandLine().getOut().print(SummaryTable.render(report.results()));
            }
            progress.emit("done", "outcome: " + report.outcome(), Map.of("outcome", report.outcome().name()));
            return exitCode(report.outcome());
        }
    }

    static int exitCode(RunOutcome outcome) {
        return switch (outcome) {
            case PASSED -> ExitCode.OK;
            case FAILED -> ExitCode.FAILED;
            case TIMEOUT -> ExitCode.TIMEOUT;
            case INFRASTRUCTURE -> ExitCode.INFRASTRUCTURE;
            case INTERRUPTED -> ExitCode.INTERRUPTED;
        };
    }
}
