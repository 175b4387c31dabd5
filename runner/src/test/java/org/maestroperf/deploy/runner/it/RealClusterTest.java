package org.maestroperf.deploy.runner.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.maestroperf.deploy.runner.apply.Deployer;
import org.maestroperf.deploy.runner.apply.ObjectRef;
import org.maestroperf.deploy.runner.apply.Teardown;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.cluster.ClusterConnector;
import org.maestroperf.deploy.runner.cluster.ConnectOptions;
import org.maestroperf.deploy.runner.preflight.Preflight;
import org.maestroperf.deploy.runner.preflight.PreflightProblem;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.testing.BundleFixture;
import org.maestroperf.deploy.runner.watch.Deadline;
import org.maestroperf.deploy.runner.watch.JobOutcome;
import org.maestroperf.deploy.runner.watch.JobWatch;
import org.maestroperf.deploy.runner.watch.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a real cluster named by {@code MAESTRO_IT_KUBECONFIG} (skipped when unset), each test in
 * a fresh namespace that is deleted afterwards. Pods are bound to a node that does not exist, so no
 * scheduler or kubelet touches them and the test drives their status through the status
 * subresource itself: the same on a full cluster and on a bare API server.
 */
@EnabledIfEnvironmentVariable(named = "MAESTRO_IT_KUBECONFIG", matches = ".+")
class RealClusterTest {

    private static final String PHANTOM_NODE = "maestro-it-no-such-node";

    Cluster cluster;

    @BeforeEach
    void connect() {
        String namespace = "maestro-it-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        cluster = ClusterConnector.connect(new ConnectOptions(Path.of(System.getenv("MAESTRO_IT_KUBECONFIG")),
                System.getenv("MAESTRO_IT_CONTEXT"), namespace), null);
    }

    @AfterEach
    void removeNamespace() {
        cluster.client().namespaces().withName(cluster.namespace()).delete();
        cluster.close();
    }

    @Test
    void applyIsServerSideIdempotentPrunesAndTearsDown() {
        Bundle withExporter = BundleFixture.kubernetes().withExporter().testCase("tc", 0).build().inNamespace(cluster.namespace());
        List<String> preflight = Preflight.run(cluster, withExporter, Progress.QUIET).problems().stream()
                .map(PreflightProblem::line).toList();
        assertThat(preflight).noneMatch(p -> p.startsWith("api:") || p.startsWith("kinds:"));

        new Deployer(cluster, true, Progress.QUIET).deploy(withExporter);
        assertThat(cluster.client().apps().deployments().inNamespace(cluster.namespace()).list().getItems()).isEmpty();

        new Deployer(cluster, false, Progress.QUIET).deploy(withExporter);
        assertThat(new Deployer(cluster, false, Progress.QUIET).deploy(withExporter)).isEmpty();
        Deployment broker = cluster.client().apps().deployments().inNamespace(cluster.namespace())
                .withName("maestro-broker").get();
        assertThat(broker.getMetadata().getManagedFields())
                .anyMatch(f -> f.getManager().equals("maestro-deploy") && f.getOperation().equals("Apply"));

        List<ObjectRef> pruned = new Deployer(cluster, false, Progress.QUIET)
                .deploy(BundleFixture.kubernetes().testCase("tc", 0).build().inNamespace(cluster.namespace()));
        assertThat(pruned).extracting(ObjectRef::name).containsExactly("maestro-exporter");

        assertThat(Teardown.run(cluster, "maestro", Progress.QUIET)).isGreaterThan(10);
        assertThat(cluster.client().apps().deployments().inNamespace(cluster.namespace()).list().getItems())
                .allMatch(d -> d.getMetadata().getDeletionTimestamp() != null);
    }

    @Test
    void watchSeesCompletionDrivenThroughTheStatusSubresource() throws Exception {
        createNamespace();
        Pod pod = clientPod("job-pass");

        CompletableFuture<JobOutcome> outcome = CompletableFuture.supplyAsync(() -> JobWatch.await(cluster, "job-pass",
                "client", 0, Deadline.after(Duration.ofMinutes(1)), Progress.QUIET));
        pod = setStatus(pod, "Running", new ContainerStatusBuilder().withName("client").withImage("busybox")
                .withImageID("").withReady(true).withRestartCount(0).withNewState().withNewRunning().endRunning().endState()
                .build());
        Thread.sleep(500);
        assertThat(outcome).isNotDone();
        setStatus(pod, "Succeeded", terminated(0, "Completed"));

        JobOutcome result = outcome.get(30, TimeUnit.SECONDS);
        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(result.attempts()).isEqualTo(1);
    }

    @Test
    void watchSeesFailureDrivenThroughTheStatusSubresource() throws Exception {
        createNamespace();
        Pod pod = clientPod("job-fail");

        CompletableFuture<JobOutcome> outcome = CompletableFuture.supplyAsync(() -> JobWatch.await(cluster, "job-fail",
                "client", 0, Deadline.after(Duration.ofMinutes(1)), Progress.QUIET));
        setStatus(pod, "Failed", terminated(1, "Error"));

        JobOutcome result = outcome.get(30, TimeUnit.SECONDS);
        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.reason()).contains("exit code 1");
    }

    private void createNamespace() {
        cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(cluster.namespace())
                .endMetadata().build()).create();
    }

    private Pod clientPod(String jobName) {
        return cluster.client().pods().inNamespace(cluster.namespace()).resource(new PodBuilder().withNewMetadata()
                .withName(jobName + "-x").withLabels(Map.of(JobWatch.JOB_NAME_LABEL, jobName)).endMetadata().withNewSpec()
                .withNodeName(PHANTOM_NODE).withRestartPolicy("Never").addNewContainer().withName("client")
                .withImage("busybox").endContainer().endSpec().build()).create();
    }

    private Pod setStatus(Pod pod, String phase, io.fabric8.kubernetes.api.model.ContainerStatus container) {
        Pod current = cluster.client().pods().inNamespace(cluster.namespace()).withName(pod.getMetadata().getName()).get();
        current.setStatus(new PodStatusBuilder().withPhase(phase).withContainerStatuses(container).build());
        return cluster.client().pods().inNamespace(cluster.namespace()).resource(current).updateStatus();
    }

    private static io.fabric8.kubernetes.api.model.ContainerStatus terminated(int exitCode, String reason) {
        return new ContainerStatusBuilder().withName("client").withImage("busybox").withImageID("").withReady(false)
                .withRestartCount(0).withNewState().withNewTerminated().withExitCode(exitCode).withReason(reason)
                .endTerminated().endState().build();
    }
}
