package org.maestroperf.deploy.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diff.BundleDiff;
import org.maestroperf.deploy.runner.Durations;
import org.maestroperf.deploy.runner.RunOptions;
import org.maestroperf.deploy.runner.RunOutcome;
import org.maestroperf.deploy.runner.RunReport;
import org.maestroperf.deploy.runner.Runner;
import org.maestroperf.deploy.runner.bundle.BundleSource;
import org.maestroperf.deploy.runner.cluster.BundleOnCluster;
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
    @Option(names = "--diff", description = "First show what the apply would change (as 'diff' does) and ask before"
            + " applying; without a terminal, stop unless --yes is given.")
    boolean diff;
    @Option(names = {"-y", "--yes"}, description = "With --diff: apply without asking (for CI).")
    boolean yes;

    @Override
    public Integer call() {
        if (yes && !diff) {
            throw new UserException("--yes answers the question --diff asks; without --diff, run applies without asking");
        }
        if (dryRun != null && !dryRun.equals("server")) {
            throw new UserException("--dry-run: only 'server' is supported (the server validates; nothing is changed)");
        }
        String unwritable = results == null ? null : ResultsWriter.unwritable(results);
        if (unwritable != null) {
            throw new UserException("--results " + results + ": " + unwritable);
        }
        RunOptions options = new RunOptions(dryRun != null, Durations.parse("--timeout", timeout), failFast, keep, results);
        Progress progress = output.progress(spec.commandLine().getOut(), spec.commandLine().getErr());
        BundleSource source = bundle.source();
        if (diff && !confirmed(source, progress)) {
            return ExitCode.DIFFERENCES;
        }
        RunReport report = Runner.run(source, cluster.options(), options, progress);
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

    /**
     * Shows what the apply would change and tells whether to go on: yes when nothing or --yes; else
     * the answer to a y/N question on the terminal, and no without one.
     */
    private boolean confirmed(BundleSource source, Progress progress) {
        BundleDiff changes;
        String namespace;
        try (BundleOnCluster target = BundleOnCluster.open(source, cluster.options())) {
            changes = LiveDiff.compute(target.cluster(), target.bundle(), bundle.describe());
            namespace = target.cluster().namespace();
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output.json()) {
            List<Map<String, String>> objects = changes.objects().stream().map(o -> Map.of("change", o.change().label(),
                    "kind", o.key().kind(), "namespace", o.key().namespace(), "name", o.key().name(),
                    "meaning", o.meaning())).toList();
            progress.emit("diff", changes.summary(), Map.of("objects", objects));
        } else {
            DiffCommand.writer(DiffCommand.Format.text, DiffCommand.colour(DiffCommand.When.auto)).write(changes, out);
            out.println();
        }
        if (!changes.hasDifferences() || yes) {
            return true;
        }
        Console console = System.console();
        if (console == null) {
            err.println("error: not applied: nothing was changed; --diff asks before applying, and without a terminal"
                    + " to ask on, --yes applies");
            return false;
        }
        if (confirm(console.reader(), out, "Apply these changes to namespace " + namespace + "?")) {
            return true;
        }
        err.println("not applied: nothing was changed");
        return false;
    }

    /** Asks a y/N question; only y or yes (any case) is a yes, end of input a no. */
    static boolean confirm(Reader in, PrintWriter out, String question) {
        out.print(question + " [y/N] ");
        out.flush();
        try {
            String answer = new BufferedReader(in).readLine();
            return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
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
