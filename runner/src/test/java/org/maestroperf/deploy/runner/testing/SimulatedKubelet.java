package org.maestroperf.deploy.runner.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import org.maestroperf.deploy.runner.bundle.Bundle;

/**
 * Plays Job controller, Deployment controller, PV binder and kubelet for the CRUD mock server, which
 * has none: it creates pods for Jobs and moves them through phases and container states as scripted
 * per test case, rolls Deployments out after a delay, and binds PVCs.
 */
public final class SimulatedKubelet implements AutoCloseable {

    /** What one pod of a client Job does. */
    public enum Attempt { PASS, FAIL, IMAGE_PULL_ERROR, UNSCHEDULABLE, HANG }

    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final String namespace;
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private final Map<String, List<Attempt>> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<Watch> watches = new ArrayList<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private volatile Duration rolloutDelay = Duration.ZERO;
    private volatile Duration runTime = Duration.ofMillis(100);
    private volatile Runnable beforeTermination = () -> { };
    private volatile Instant lastTermination;

    public SimulatedKubelet(KubernetesMockServer server, String namespace) {
        this.server = server;
        this.client = server.createClient();
        this.namespace = namespace;
    }

    /** The attempts of the named test case's pods, in order; the last one repeats. */
    public SimulatedKubelet script(String testCase, Attempt... attemptsInOrder) {
        scripts.put(testCase, List.of(attemptsInOrder));
        return this;
    }

    public SimulatedKubelet rolloutDelay(Duration delay) {
        rolloutDelay = delay;
        return this;
    }

    /** How long a client container runs before it exits. */
    public SimulatedKubelet runTime(Duration time) {
        runTime = time;
        return this;
    }

    /** Runs just before a client container is marked terminated (e.g. to drop the runner's watch). */
    public SimulatedKubelet beforeTermination(Runnable action) {
        beforeTermination = action;
        return this;
    }

    /** When the last container termination was sent to the API server (the change the runner must notice). */
    public Instant lastTermination() {
        return lastTermination;
    }

    public SimulatedKubelet start() {
        watches.add(client.batch().v1().jobs().inNamespace(namespace).watch(new Handler<>(this::onJob)));
        watches.add(client.apps().deployments().inNamespace(namespace).watch(new Handler<>(this::onDeployment)));
        watches.add(client.persistentVolumeClaims().inNamespace(namespace).watch(new Handler<>(this::onClaim)));
        return this;
    }

    private void onJob(Watcher.Action action, Job job) {
        if (action == Watcher.Action.ADDED) {
            executor.execute(() -> createPod(job));
        }
    }

    private void onDeployment(Watcher.Action action, Deployment deployment) {
        if (action == Watcher.Action.DELETED) {
            return;
        }
        Long generation = deployment.getMetadata().getGeneration();
        if (deployment.getStatus() != null && generation != null
                && generation.equals(deployment.getStatus().getObservedGeneration())) {
            return;
        }
        executor.schedule(() -> {
            Deployment current = client.apps().deployments().inNamespace(namespace)
                    .withName(deployment.getMetadata().getName()).get();
            if (current == null) {
                return;
            }
            int replicas = current.getSpec().getReplicas() == null ? 1 : current.getSpec().getReplicas();
            current.setStatus(new DeploymentStatusBuilder().withObservedGeneration(current.getMetadata().getGeneration())
                    .withReplicas(replicas).withUpdatedReplicas(replicas).withReadyReplicas(replicas)
                    .withAvailableReplicas(replicas).build());
            client.resource(current).updateStatus();
        }, rolloutDelay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onClaim(Watcher.Action action, PersistentVolumeClaim claim) {
        // a replace (create-or-replace fallback) drops the status in the mock server: bind again
        boolean bound = claim.getStatus() != null && "Bound".equals(claim.getStatus().getPhase());
        if (action != Watcher.Action.DELETED && !bound) {
            executor.execute(() -> {
                PersistentVolumeClaim current = client.persistentVolumeClaims().inNamespace(namespace)
                        .withName(claim.getMetadata().getName()).get();
                current.setStatus(new io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatusBuilder()
                        .withPhase("Bound").build());
                client.resource(current).updateStatus();
            });
        }
    }

    private void createPod(Job job) {
        String jobName = job.getMetadata().getName();
        String testCase = job.getMetadata().getLabels().getOrDefault(Bundle.TESTCASE_LABEL, "");
        List<Attempt> script = scripts.getOrDefault(testCase, List.of(Attempt.PASS));
        int index = attempts.computeIfAbsent(jobName, k -> new AtomicInteger()).getAndIncrement();
        Attempt attempt = script.get(Math.min(index, script.size() - 1));
        String podName = jobName + "-" + "abcde".charAt(index % 5) + index;
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("job-name", jobName);
        labels.put("controller-uid", job.getMetadata().getUid());
        Pod pod = client.resource(new PodBuilder().withNewMetadata().withName(podName).withNamespace(namespace)
                .withLabels(labels).endMetadata().withSpec(job.getSpec().getTemplate().getSpec()).build()).create();
        server.expect().get().withPath("/api/v1/namespaces/" + namespace + "/pods/" + podName
                + "/log?pretty=false&container=client").andReturn(200, "attempt " + (index + 1) + ": " + attempt
                + "\nclient log line 2\n").always();
        log.add(podName + " " + attempt);
        switch (attempt) {
            // events first: the runner reads them as soon as it sees the stuck status
            case UNSCHEDULABLE -> {
                event(pod, "Warning", "FailedScheduling",
                        "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector.");
                setStatus(pod, "Pending", null, "Unschedulable");
            }
            case IMAGE_PULL_ERROR -> {
                event(pod, "Warning", "Failed", "Failed to pull image \"maestroperf/maestro-client:1.5.5\": not found");
                setStatus(pod, "Pending", waiting("ErrImagePull", "rpc error: manifest unknown"), null);
            }
            case HANG -> setStatus(pod, "Running", running(), null);
            case PASS, FAIL -> {
                setStatus(pod, "Running", running(), null);
                executor.schedule(() -> terminate(job, pod, attempt == Attempt.PASS, index),
                        runTime.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void terminate(Job job, Pod pod, boolean passed, int index) {
        beforeTermination.run();
        setStatus(pod, passed ? "Succeeded" : "Failed", new ContainerStatusBuilder().withName("client")
                .withNewState().withNewTerminated().withExitCode(passed ? 0 : 1)
                .withReason(passed ? "Completed" : "Error").endTerminated().endState().build(), null);
        Integer limit = job.getSpec().getBackoffLimit();
        if (!passed && index < (limit == null ? 6 : limit)) {
            createPod(job);
        }
    }

    private void setStatus(Pod pod, String phase, ContainerStatus container, String unschedulable) {
        Pod current = client.pods().inNamespace(namespace).withName(pod.getMetadata().getName()).get();
        PodStatusBuilder status = new PodStatusBuilder().withPhase(phase);
        if (container != null) {
            status.withContainerStatuses(container);
        }
        if (unschedulable != null) {
            status.withConditions(new PodConditionBuilder().withType("PodScheduled").withStatus("False")
                    .withReason(unschedulable).withMessage("0/2 nodes are available").build());
        }
        current.setStatus(status.build());
        if (container != null && container.getState().getTerminated() != null) {
            lastTermination = Instant.now();
        }
        client.resource(current).updateStatus();
    }

    private void event(Pod pod, String type, String reason, String message) {
        client.resource(new EventBuilder().withNewMetadata().withName(pod.getMetadata().getName() + "." + reason.toLowerCase()).withNamespace(namespace).endMetadata()
                .withType(type).withReason(reason).withMessage(message).withNewInvolvedObject().withKind("Pod")
                .withName(pod.getMetadata().getName()).withUid(pod.getMetadata().getUid()).withNamespace(namespace)
                .endInvolvedObject().build()).create();
    }

    private static ContainerStatus running() {
        return new ContainerStatusBuilder().withName("client").withNewState().withNewRunning().endRunning().endState()
                .withReady(true).build();
    }

    private static ContainerStatus waiting(String reason, String message) {
        return new ContainerStatusBuilder().withName("client").withNewState().withNewWaiting().withReason(reason)
                .withMessage(message).endWaiting().endState().build();
    }

    /** The pods created so far, as "name attempt". */
    public List<String> podsCreated() {
        return List.copyOf(log);
    }

    @Override
    public void close() {
        watches.forEach(Watch::close);
        executor.shutdownNow();
        client.close();
    }

    private record Handler<T>(java.util.function.BiConsumer<Watcher.Action, T> consumer) implements Watcher<T> {
        @Override
        public void eventReceived(Action action, T resource) {
            consumer.accept(action, resource);
        }

        @Override
        public void onClose(WatcherException cause) {
        }
    }
}
