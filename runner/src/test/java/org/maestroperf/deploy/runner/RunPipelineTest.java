package org.maestroperf.deploy.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.testing.BundleFixture;
import org.maestroperf.deploy.runner.testing.DroppingProxy;
import org.maestroperf.deploy.runner.testing.MockCluster;
import org.maestroperf.deploy.runner.testing.SimulatedKubelet;
import org.maestroperf.deploy.runner.testing.SimulatedKubelet.Attempt;
import org.maestroperf.deploy.runner.watch.Deadline;
import org.maestroperf.deploy.runner.watch.JobOutcome;
import org.maestroperf.deploy.runner.watch.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

@EnableKubernetesMockClient(crud = true)
class RunPipelineTest {

    KubernetesMockServer server;
    KubernetesClient client;
    SimulatedKubelet kubelet;
    final List<String> events = new ArrayList<>();
    final Progress progress = (type, message, fields) -> {
        synchronized (events) {
            events.add(type + ": " + message);
        }
    };

    @TempDir
    Path results;

    @BeforeEach
    void cluster() {
        MockCluster.serve(server, false);
        MockCluster.prepare(client);
        kubelet = new SimulatedKubelet(server, BundleFixture.NAMESPACE).start();
    }

    @AfterEach
    void stop() {
        kubelet.close();
    }

    private RunReport run(Bundle bundle, Duration timeout, boolean failFast) {
        return run(client, bundle, timeout, failFast);
    }

    private RunReport run(KubernetesClient using, Bundle bundle, Duration timeout, boolean failFast) {
        Cluster cluster = new Cluster(using, BundleFixture.NAMESPACE);
        RunOptions options = new RunOptions(false, timeout, failFast, false, results);
        return new RunPipeline(cluster, progress, options, new Interruption(cluster, false)).run(bundle);
    }

    @Test
    void passingTestCaseIsPassedWithItsLogPodStatusAndSummary() throws Exception {
        RunReport report = run(BundleFixture.kubernetes().testCase("fixed-rate", 0).build(), Duration.ofSeconds(30), false);

        assertThat(report.outcome()).isEqualTo(RunOutcome.PASSED);
        assertThat(report.results()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.job()).startsWith("maestro-client-fixed-rate-");
        });
        assertThat(Files.readString(results.resolve("fixed-rate/client.log"))).contains("attempt 1: PASS");
        assertThat(Files.readString(results.resolve("fixed-rate/pod.yaml"))).contains("reason: \"Completed\"");
        // the mock server cannot port-forward: recorded, and the test still passed
        assertThat(Files.readString(results.resolve("fixed-rate/reports-error.txt"))).contains("reports");
        assertThat(Files.readString(results.resolve("summary.json"))).contains("\"verdict\":\"PASSED\"");
        assertThat(Files.readString(results.resolve("junit.xml"))).contains("<testcase classname=\"maestro\" name=\"fixed-rate\"");
        assertThat(events).anyMatch(e -> e.equals("phase: broker ready"));
    }

    @Test
    void failingTestCaseIsRetriedPerBackoffLimitAndReportedWithItsAttempts() throws Exception {
        kubelet.script("fixed-rate", Attempt.FAIL);

        RunReport report = run(BundleFixture.kubernetes().testCase("fixed-rate", 2).build(), Duration.ofSeconds(30), false);

        assertThat(report.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(report.results()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(r.attempts()).isEqualTo(3);
            assertThat(r.reason()).contains("Error").contains("exit code 1");
        });
        assertThat(kubelet.podsCreated()).hasSize(3);
        assertThat(Files.readString(results.resolve("fixed-rate/client.log"))).contains("attempt 3: FAIL");
        assertThat(Files.readString(results.resolve("junit.xml"))).contains("<failure message=");
    }

    @Test
    void testCaseThatPassesOnARetryPassesWithTwoAttempts() {
        kubelet.script("fixed-rate", Attempt.FAIL, Attempt.PASS);

        RunReport report = run(BundleFixture.kubernetes().testCase("fixed-rate", 3).build(), Duration.ofSeconds(30), false);

        assertThat(report.outcome()).isEqualTo(RunOutcome.PASSED);
        assertThat(report.results().get(0).attempts()).isEqualTo(2);
    }

    @Test
    void imagePullErrorFailsFastWithThePodsEventsAndLog() throws Exception {
        kubelet.script("fixed-rate", Attempt.IMAGE_PULL_ERROR);
        long start = System.nanoTime();

        RunReport report = run(BundleFixture.kubernetes().testCase("fixed-rate", 6).testCase("never-run", 0).build(),
                Duration.ofMinutes(5), false);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
        assertThat(report.outcome()).isEqualTo(RunOutcome.INFRASTRUCTURE);
        assertThat(report.results()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
            assertThat(r.reason()).startsWith("ErrImagePull");
        });
        assertThat(events).anyMatch(e -> e.contains("Failed to pull image"));
        assertThat(Files.readString(results.resolve("fixed-rate/events.yaml"))).contains("Failed to pull image");
        assertThat(Files.readString(results.resolve("summary.json"))).contains("\"outcome\":\"INFRASTRUCTURE\"");
        // the stuck client is removed once its evidence is collected
        assertThat(client.batch().v1().jobs().inNamespace(BundleFixture.NAMESPACE).list().getItems()).isEmpty();
    }

    @Test
    void unschedulableClientPodFailsFastAsInfrastructure() {
        kubelet.script("fixed-rate", Attempt.UNSCHEDULABLE);

        RunReport report = run(BundleFixture.kubernetes().testCase("fixed-rate", 0).build(), Duration.ofMinutes(5), false);

        assertThat(report.outcome()).isEqualTo(RunOutcome.INFRASTRUCTURE);
        assertThat(report.results().get(0).reason()).startsWith("FailedScheduling");
        assertThat(events).anyMatch(e -> e.contains("didn't match Pod's node affinity"));
    }

    @Test
    void failFastStopsAtTheFirstFailedTestCaseOtherwiseAllRun() {
        kubelet.script("first", Attempt.FAIL);
        Bundle bundle = BundleFixture.kubernetes().testCase("first", 0).testCase("second", 0).build();

        RunReport failFast = run(bundle, Duration.ofSeconds(30), true);
        RunReport all = run(bundle, Duration.ofSeconds(30), false);

        assertThat(failFast.results()).extracting(r -> r.name()).containsExactly("first");
        assertThat(all.messages()).isEmpty();
        assertThat(all.results()).extracting(r -> r.verdict()).containsExactly(Verdict.FAILED, Verdict.PASSED);
        assertThat(all.outcome()).isEqualTo(RunOutcome.FAILED);
    }

    @Test
    void slowRolloutIsWaitedForAndNoClientStartsBeforeIt() {
        kubelet.rolloutDelay(Duration.ofMillis(1500));

        RunReport report = run(BundleFixture.kubernetes().testCase("fixed-rate", 0).build(), Duration.ofSeconds(30), false);

        assertThat(report.outcome()).isEqualTo(RunOutcome.PASSED);
        List<String> seen;
        synchronized (events) {
            seen = List.copyOf(events);
        }
        assertThat(seen).anyMatch(e -> e.startsWith("status: pods ready 0/5"));
        assertThat(seen.indexOf("phase: broker ready")).isLessThan(seen.indexOf("testcase: test case fixed-rate: starting"));
    }

    @Test
    void rolloutThatNeverFinishesEndsInTimeout() {
        kubelet.rolloutDelay(Duration.ofMinutes(10));

        RunReport report = run(BundleFixture.kubernetes().testCase("fixed-rate", 0).build(), Duration.ofSeconds(2), false);

        assertThat(report.outcome()).isEqualTo(RunOutcome.TIMEOUT);
        assertThat(report.messages().get(0)).contains("timed out waiting for the infrastructure").contains("maestro-broker 0/1");
        assertThat(report.results()).isEmpty();
    }

    @Test
    void clientThatRunsPastTheTimeoutEndsInTimeoutAndIsRemoved() {
        Bundle bundle = BundleFixture.kubernetes().testCase("fixed-rate", 0).build();
        // a first run rolls the infrastructure out, so the second one's 5 s go to the client
        RunReport first = run(bundle, Duration.ofSeconds(30), false);
        assertThat(first.outcome()).isEqualTo(RunOutcome.PASSED);
        kubelet.script("fixed-rate", Attempt.HANG);

        RunReport report = run(bundle, Duration.ofSeconds(5), false);

        assertThat(report.outcome()).isEqualTo(RunOutcome.TIMEOUT);
        assertThat(report.results()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.TIMEOUT);
            assertThat(r.reason()).startsWith("timed out: attempt 1, pod ").endsWith(" Running");
        });
        // the timed-out Job is gone; the passed one of the first run stays
        assertThat(client.batch().v1().jobs().inNamespace(BundleFixture.NAMESPACE).list().getItems())
                .extracting(j -> j.getMetadata().getName()).containsExactly(first.results().get(0).job());
    }

    @Test
    void watchDroppedWhileTheClientRunsIsResumedAndTheCompletionSeen() throws Exception {
        try (DroppingProxy proxy = new DroppingProxy(server.getPort());
             KubernetesClient throughProxy = new KubernetesClientBuilder().withConfig(new ConfigBuilder(client.getConfiguration())
                     .withMasterUrl("https://127.0.0.1:" + proxy.port()).withWatchReconnectInterval(100).build()).build()) {
            // cut every connection of the runner just before the client container terminates
            kubelet.runTime(Duration.ofMillis(500)).beforeTermination(proxy::dropAll);

            RunReport report = run(throughProxy, BundleFixture.kubernetes().testCase("fixed-rate", 0).build(),
                    Duration.ofSeconds(30), false);

            assertThat(proxy.drops()).isEqualTo(1);
            assertThat(report.outcome()).isEqualTo(RunOutcome.PASSED);
            assertThat(report.results().get(0).attempts()).isEqualTo(1);
        }
    }

    @Test
    void stopCommandRunsAFreshJobAndWaitsForIt() {
        Cluster cluster = new Cluster(client, BundleFixture.NAMESPACE);
        Bundle bundle = BundleFixture.kubernetes().build();

        JobOutcome outcome = CommandJobRun.run(cluster, bundle, "stop", Deadline.after(Duration.ofSeconds(30)), progress,
                new Interruption(cluster, false));

        assertThat(outcome.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(client.batch().v1().jobs().inNamespace(BundleFixture.NAMESPACE).list().getItems())
                .singleElement().satisfies(j -> assertThat(j.getMetadata().getName()).startsWith("maestro-stop-"));
    }

    @Test
    void jobFailedConditionEndsTheWaitEvenWithoutAFailedPod() {
        kubelet.script("fixed-rate", Attempt.HANG);
        Cluster cluster = new Cluster(client, BundleFixture.NAMESPACE);
        io.fabric8.kubernetes.api.model.batch.v1.Job job = org.maestroperf.deploy.runner.apply.JobLauncher.launch(cluster,
                BundleFixture.kubernetes().testCase("fixed-rate", 0).build().testCases().get(0).job(), "maestro");
        java.util.concurrent.CompletableFuture<JobOutcome> outcome = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> org.maestroperf.deploy.runner.watch.JobWatch.await(cluster, job.getMetadata().getName(), "client", 0,
                        Deadline.after(Duration.ofSeconds(30)), Progress.QUIET));

        // what the Job controller does when activeDeadlineSeconds passes
        client.batch().v1().jobs().inNamespace(BundleFixture.NAMESPACE).withName(job.getMetadata().getName())
                .editStatus(j -> {
                    j.setStatus(new io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder().addNewCondition()
                            .withType("Failed").withStatus("True").withReason("DeadlineExceeded")
                            .withMessage("Job was active longer than specified deadline").endCondition().build());
                    return j;
                });

        assertThat(outcome.join()).satisfies(o -> {
            assertThat(o.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(o.reason()).isEqualTo("Job failed: DeadlineExceeded: Job was active longer than specified deadline");
        });
    }
}
