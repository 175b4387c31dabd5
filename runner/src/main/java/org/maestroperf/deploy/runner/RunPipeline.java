package org.maestroperf.deploy.runner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.client.KubernetesClientException;

import org.maestroperf.deploy.runner.apply.Deployer;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.bundle.RenderedTestCase;
import org.maestroperf.deploy.runner.cluster.ApiErrors;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.preflight.Preflight;
import org.maestroperf.deploy.runner.preflight.PreflightProblem;
import org.maestroperf.deploy.runner.preflight.PreflightReport;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.results.ReportsFetcher;
import org.maestroperf.deploy.runner.results.ResultsWriter;
import org.maestroperf.deploy.runner.results.TestCaseResult;
import org.maestroperf.deploy.runner.watch.Deadline;
import org.maestroperf.deploy.runner.watch.InfrastructureWait;
import org.maestroperf.deploy.runner.watch.RunAborted;

/** {@code maestro-deploy run}: pre-flight, apply, wait for the infrastructure, run each test case, summarise. */
public final class RunPipeline {

    private final Cluster cluster;
    private final Progress progress;
    private final RunOptions options;
    private final Interruption interruption;

    public RunPipeline(Cluster cluster, Progress progress, RunOptions options, Interruption interruption) {
        this.cluster = cluster;
        this.progress = progress;
        this.options = options;
        this.interruption = interruption;
    }

    public RunReport run(Bundle bundle) {
        Deadline deadline = Deadline.after(options.timeout());
        List<TestCaseResult> results = new ArrayList<>();
        RunReport report;
        try {
            report = runTo(bundle, deadline, results);
        } catch (RunAborted e) {
            List<String> messages = new ArrayList<>(List.of(e.getMessage()));
            messages.addAll(e.details());
            report = new RunReport(outcomeOf(e.reason()), results, messages);
        } catch (KubernetesClientException e) {
            report = new RunReport(RunOutcome.INFRASTRUCTURE, results, List.of(ApiErrors.describe(e, cluster)));
        }
        if (interruption.interrupted()) {
            report = new RunReport(RunOutcome.INTERRUPTED, report.results(), List.of("interrupted"));
        }
        if (options.resultsDir() != null && !options.dryRun()) {
            new ResultsWriter(options.resultsDir()).writeSummary(bundle.name(), report.outcome().name(),
                    report.results(), report.messages());
        }
        return report;
    }

    private RunReport runTo(Bundle bundle, Deadline deadline, List<TestCaseResult> results) {
        progress.emit("phase", "pre-flight", Map.of("phase", "preflight"));
        PreflightReport preflight = Preflight.run(cluster, bundle, progress);
        if (!preflight.passed()) {
            return new RunReport(RunOutcome.INFRASTRUCTURE, results,
                    preflight.problems().stream().map(PreflightProblem::line).toList());
        }
        progress.emit("phase", options.dryRun() ? "apply (server dry run)" : "apply", Map.of("phase", "apply"));
        new Deployer(cluster, options.dryRun(), progress).deploy(bundle);
        if (options.dryRun()) {
            return new RunReport(RunOutcome.PASSED, results, List.of());
        }
        progress.emit("phase", "waiting for the infrastructure", Map.of("phase", "wait"));
        InfrastructureWait.await(cluster, bundle, deadline, progress);
        ResultsWriter writer = options.resultsDir() == null ? null : new ResultsWriter(options.resultsDir());
        TestCaseRun run = new TestCaseRun(cluster, bundle.name(), progress, interruption, writer,
                new ReportsFetcher(cluster, Duration.ofSeconds(10)));
        progress.emit("phase", "running " + bundle.testCases().size() + " test case(s)", Map.of("phase", "run"));
        boolean failed = false;
        for (RenderedTestCase testCase : bundle.testCases()) {
            TestCaseResult result = run.run(testCase, deadline);
            results.add(result);
            switch (result.verdict()) {
                case TIMEOUT -> throw new RunAborted(RunAborted.Reason.TIMEOUT,
                        "timed out in test case " + testCase.name() + ": " + result.reason(), List.of());
                case ERROR -> throw new RunAborted(RunAborted.Reason.INFRASTRUCTURE,
                        "test case " + testCase.name() + " could not run: " + result.reason(), List.of());
                case FAILED -> failed = true;
                case PASSED -> { }
            }
            if (failed && options.failFast()) {
                progress.emit("phase", "stopping at the first failed test case (--fail-fast)");
                break;
            }
        }
        return new RunReport(failed ? RunOutcome.FAILED : RunOutcome.PASSED, results, List.of());
    }

    private static RunOutcome outcomeOf(RunAborted.Reason reason) {
        return switch (reason) {
            case TIMEOUT -> RunOutcome.TIMEOUT;
            case INFRASTRUCTURE -> RunOutcome.INFRASTRUCTURE;
            case INTERRUPTED -> RunOutcome.INTERRUPTED;
        };
    }
}
