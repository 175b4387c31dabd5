import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;

import org.maestroperf.deploy.runner.Interruption;
import org.maestroperf.deploy.runner.RunOptions;
import org.maestroperf.deploy.runner.RunPipeline;
import org.maestroperf.deploy.runner.RunReport;
import org.maestroperf.deploy.runner.apply.JobLauncher;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.testing.BundleFixture;
import org.maestroperf.deploy.runner.testing.MockCluster;
import org.maestroperf.deploy.runner.testing.SimulatedKubelet;
import org.maestroperf.deploy.runner.watch.Deadline;
import org.maestroperf.deploy.runner.watch.JobWatch;

/**
 * Runner benchmark against the CRUD mock server and the simulated kubelet of the tests
 * (run with bench/runner-bench.sh): completion latency, requests during a wait, memory over 100 test cases.
 */
public final class RunnerBenchmark {

    public static void main(String[] args) throws Exception {
        latency(args.length > 0 ? Integer.parseInt(args[0]) : 30);
        requestsDuringWait();
        memory(100);
    }

    /** Time from the kubelet sending "terminated" to JobWatch returning the verdict. */
    static void latency(int runs) throws Exception {
        KubernetesMockServer server = server();
        try (KubernetesClient client = server.createClient();
             SimulatedKubelet kubelet = new SimulatedKubelet(server, "maestro").runTime(Duration.ofMillis(300)).start()) {
            Cluster cluster = new Cluster(client, "maestro");
            Job template = BundleFixture.kubernetes().testCase("tc", 0).build().testCases().get(0).job();
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < runs + 5; i++) {
                Job job = JobLauncher.launch(cluster, template, "maestro");
                JobWatch.await(cluster, job.getMetadata().getName(), "client", 0, Deadline.after(Duration.ofSeconds(30)),
                        Progress.QUIET);
                long micro = Duration.between(kubelet.lastTermination(), Instant.now()).toNanos() / 1000;
                if (i >= 5) { // the first runs warm the JIT up
                    micros.add(micro);
                }
            }
            Collections.sort(micros);
            System.out.printf("latency status change -> verdict seen, %d runs: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    runs, micros.get(runs / 2) / 1000.0, micros.get((int) (runs * 0.95)) / 1000.0,
                    micros.get(runs - 1) / 1000.0);
        } finally {
            server.destroy();
        }
    }

    /** Requests the mock server receives while one client pod runs for longer and longer. */
    static void requestsDuringWait() throws Exception {
        KubernetesMockServer server = server();
        try (KubernetesClient client = server.createClient();
             SimulatedKubelet kubelet = new SimulatedKubelet(server, "maestro").start()) {
            Cluster cluster = new Cluster(client, "maestro");
            Job template = BundleFixture.kubernetes().testCase("tc", 0).build().testCases().get(0).job();
            for (int seconds : new int[] {1, 5, 20, 60}) {
                kubelet.runTime(Duration.ofSeconds(seconds));
                int before = server.getRequestCount();
                Job job = JobLauncher.launch(cluster, template, "maestro");
                JobWatch.await(cluster, job.getMetadata().getName(), "client", 0, Deadline.after(Duration.ofMinutes(5)),
                        Progress.QUIET);
                // includes the kubelet's own requests (pod create, 2 status updates with their GETs)
                System.out.printf("client running %2d s: %d requests during the wait (a 1 s polling loop: ~%d)%n",
                        seconds, server.getRequestCount() - before, seconds);
            }
        } finally {
            server.destroy();
        }
    }

    /** Heap in use (after GC) while a run goes through {@code count} test cases. */
    static void memory(int count) throws Exception {
        KubernetesMockServer server = server();
        try (KubernetesClient client = server.createClient();
             SimulatedKubelet kubelet = new SimulatedKubelet(server, "maestro").runTime(Duration.ofMillis(20)).start()) {
            MockCluster.prepare(client);
            BundleFixture fixture = BundleFixture.kubernetes();
            for (int i = 1; i <= count; i++) {
                fixture.testCase("tc-" + i, 0);
            }
            Bundle bundle = fixture.build();
            Cluster cluster = new Cluster(client, "maestro");
            int[] done = {0};
            Progress sampler = (type, message, fields) -> {
                if (type.equals("result") && (++done[0] == 1 || done[0] % 25 == 0)) {
                    drainRecordedRequests(server);
                    System.out.printf("after %3d test cases: heap used %.1f MB%n", done[0], usedMegabytes());
                }
            };
            RunReport report = new RunPipeline(cluster, sampler, new RunOptions(false, null, false, false, null),
                    new Interruption(cluster, false)).run(bundle);
            System.out.println("outcome " + report.outcome() + ", " + report.results().size() + " test cases");
        } finally {
            server.destroy();
        }
    }

    /** The mock server keeps every request it served for takeRequest(); that is the mock's memory, not ours. */
    private static void drainRecordedRequests(KubernetesMockServer server) {
        try {
            while (server.takeRequest(1, java.util.concurrent.TimeUnit.MILLISECONDS) != null) {
                // discard
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double usedMegabytes() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    private static KubernetesMockServer server() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), true);
        server.init();
        MockCluster.serve(server, false);
        return server;
    }

    private RunnerBenchmark() {
    }
}
