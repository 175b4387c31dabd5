package org.maestroperf.deploy.runner;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

import org.maestroperf.deploy.runner.apply.Applier;
import org.maestroperf.deploy.runner.apply.ApplyLabels;
import org.maestroperf.deploy.runner.apply.JobLauncher;
import org.maestroperf.deploy.runner.bundle.RenderedTestCase;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.results.ReportsFetcher;
import org.maestroperf.deploy.runner.results.ReportsSnapshot;
import org.maestroperf.deploy.runner.results.ResultsWriter;
import org.maestroperf.deploy.runner.results.TestCaseResult;
import org.maestroperf.deploy.runner.watch.Deadline;
import org.maestroperf.deploy.runner.watch.Diagnosis;
import org.maestroperf.deploy.runner.watch.JobOutcome;
import org.maestroperf.deploy.runner.watch.JobWatch;
import org.maestroperf.deploy.runner.watch.Verdict;

/** Runs one test case: its ConfigMap, a fresh client Job, the watch, then its results. */
final class TestCaseRun {

    /** The container whose exit decides the verdict. */
    static final String CLIENT_CONTAINER = "client";

    private final Cluster cluster;
    private final String bundle;
    private final Progress progress;
    private final Interruption interruption;
    private final ResultsWriter results;
    private final ReportsFetcher reports;

    TestCaseRun(Cluster cluster, String bundle, Progress progress, Interruption interruption,
                ResultsWriter results, ReportsFetcher reports) {
        this.cluster = cluster;
        this.bundle = bundle;
        this.progress = progress;
        this.interruption = interruption;
        this.results = results;
        this.reports = reports;
    }

    TestCaseResult run(RenderedTestCase testCase, Deadline deadline) {
        long start = System.nanoTime();
        progress.emit("testcase", "test case " + testCase.name() + ": starting",
                Map.of("testcase", testCase.name()));
        new Applier(cluster, false).apply(ApplyLabels.stamp(testCase.configMap(), bundle));
        Job job = JobLauncher.launch(cluster, testCase.job(), bundle);
        String container = container(job);
        JobOutcome outcome;
        interruption.running(job);
        try {
            outcome = JobWatch.await(cluster, job.getMetadata().getName(), container, testCase.retries(), deadline,
                    progress);
        } finally {
            interruption.finished();
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        TestCaseResult result = new TestCaseResult(testCase.name(), job.getMetadata().getName(), outcome.verdict(),
                outcome.attempts(), duration, outcome.reason());
        Diagnosis diagnosis = outcome.pod() == null ? new Diagnosis(List.of(), "")
                : Diagnosis.of(cluster, outcome.pod(), container);
        progress.emit("result", "test case " + testCase.name() + ": " + outcome.verdict() + " after "
                        + outcome.attempts() + " attempt(s)" + (outcome.verdict() == Verdict.PASSED ? "" : ": " + outcome.reason()),
                Map.of("testcase", testCase.name(), "verdict", outcome.verdict().name(), "attempts", outcome.attempts(),
                        "durationSeconds", duration.toMillis() / 1000.0));
        if (outcome.verdict() == Verdict.ERROR) {
            diagnosis.summary(20).forEach(line -> progress.emit("detail", "  " + line));
        }
        if ((outcome.verdict() == Verdict.ERROR || outcome.verdict() == Verdict.TIMEOUT)
                && interruption.removeUnlessKept(job)) {
            // a stuck or still running client would hold the workers or retry forever; its evidence is collected
            progress.emit("deleted", "removed Job " + job.getMetadata().getName() + " (use --keep to leave it)");
        }
        if (results != null) {
            boolean ran = outcome.verdict() == Verdict.PASSED || outcome.verdict() == Verdict.FAILED;
            String testName = testCase.configMap().getData() == null ? null : testCase.configMap().getData().get("testName");
            ReportsSnapshot snapshot = ran ? reports.fetch(testName == null ? testCase.name() : testName)
                    : ReportsSnapshot.failed("not fetched: the client did not run to the end (" + outcome.verdict() + ")");
            if (snapshot.error() != null && ran) {
                progress.emit("warning", "test case " + testCase.name() + ": reports not collected: " + snapshot.error());
            }
            results.writeTestCase(result, outcome.pod(), diagnosis, snapshot);
        }
        return result;
    }

    private static String container(Job job) {
        List<Container> containers = job.getSpec().getTemplate().getSpec().getContainers();
        return containers.stream().map(Container::getName).filter(CLIENT_CONTAINER::equals).findFirst()
                .orElse(containers.get(0).getName());
    }
}
