package org.maestroperf.deploy.it;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.watch.JobWatch;

/**
 * Stands in for what an API server with a controller manager but no nodes lacks: kubelets and a
 * volume provisioner. The real controllers create the pods (ReplicaSets for Deployments, the Job
 * controller for Jobs); this reports each new pod through its status subresource as a kubelet
 * would: a Deployment's pod Running and Ready, a Job's pod Running and then terminated with the
 * exit code scripted for its test case (0 unless told otherwise). For each Pending claim it creates
 * a PersistentVolume reserved for it, which the real binder then binds. Closing removes those volumes.
 */
final class KubeletStandIn implements AutoCloseable {

    private static final long RUN_MILLIS = 300;

    private final KubernetesClient client;
    private final String namespace;
    private final Map<String, List<Integer>> exitCodes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private final List<String> volumes = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<SharedIndexInformer<?>> informers = new ArrayList<>();

    KubeletStandIn(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /** The exit codes of the named test case's client pods, attempt by attempt; the last one repeats. */
    KubeletStandIn exitCodes(String testCase, Integer... codes) {
        exitCodes.put(testCase, List.of(codes));
        return this;
    }

    KubeletStandIn start() {
        informers.add(client.pods().inNamespace(namespace).inform(handler(this::onPod), 0));
        informers.add(client.persistentVolumeClaims().inNamespace(namespace).inform(handler(this::onClaim), 0));
        return this;
    }

    /** What went wrong in the stand-in itself (a test that times out should say why). */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private void onPod(Pod pod) {
        if (pod.getMetadata().getDeletionTimestamp() != null || !handled.add(pod.getMetadata().getUid())) {
            return;
        }
        boolean ofReplicaSet = pod.getMetadata().getOwnerReferences() != null && pod.getMetadata().getOwnerReferences()
                .stream().anyMatch(owner -> "ReplicaSet".equals(owner.getKind()));
        String job = labels(pod).get(JobWatch.JOB_NAME_LABEL);
        if (!ofReplicaSet && job == null) {
            return;
        }
        Instant started = Instant.now();
        setStatus(pod, running(pod, started));
        if (job != null) {
            List<Integer> script = exitCodes.getOrDefault(labels(pod).getOrDefault(Bundle.TESTCASE_LABEL, ""), List.of(0));
            int attempt = attempts.computeIfAbsent(job, k -> new AtomicInteger()).getAndIncrement();
            int exitCode = script.get(Math.min(attempt, script.size() - 1));
            executor.schedule(() -> setStatus(pod, terminated(pod, exitCode, started)), RUN_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void onClaim(PersistentVolumeClaim claim) {
        boolean pending = claim.getSpec().getVolumeName() == null
                && (claim.getStatus() == null || !"Bound".equals(claim.getStatus().getPhase()));
        if (!pending || claim.getMetadata().getDeletionTimestamp() != null || !handled.add(claim.getMetadata().getUid())) {
            return;
        }
        String name = "maestro-it-" + namespace + "-" + claim.getMetadata().getName();
        try {
            client.persistentVolumes().resource(new PersistentVolumeBuilder().withNewMetadata().withName(name)
                    .endMetadata().withNewSpec()
                    .withCapacity(Map.of("storage", claim.getSpec().getResources().getRequests().get("storage")))
                    .withAccessModes(claim.getSpec().getAccessModes())
                    .withStorageClassName(claim.getSpec().getStorageClassName())
                    .withPersistentVolumeReclaimPolicy("Retain")
                    // never mounted: no kubelet
                    .withNewHostPath().withPath("/nonexistent/maestro-it").endHostPath()
                    .withNewClaimRef().withNamespace(namespace).withName(claim.getMetadata().getName())
                    .withUid(claim.getMetadata().getUid()).endClaimRef()
                    .endSpec().build()).create();
            volumes.add(name);
        } catch (KubernetesClientException e) {
            failures.add("volume for claim " + claim.getMetadata().getName() + ": " + e.getMessage());
        }
    }

    private void setStatus(Pod pod, PodStatus status) {
        try {
            client.pods().inNamespace(namespace).withName(pod.getMetadata().getName()).editStatus(current -> {
                current.setStatus(status);
                return current;
            });
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {   // deleted meanwhile (teardown, namespace deletion)
                failures.add("status of pod " + pod.getMetadata().getName() + ": " + e.getMessage());
            }
        }
    }

    private static PodStatus running(Pod pod, Instant started) {
        String time = time(started);
        List<ContainerStatus> containers = new ArrayList<>();
        for (Container container : pod.getSpec().getContainers()) {
            containers.add(new ContainerStatusBuilder().withName(container.getName()).withImage(container.getImage())
                    .withImageID("").withReady(true).withStarted(true).withRestartCount(0)
                    .withNewState().withNewRunning().withStartedAt(time).endRunning().endState().build());
        }
        return new PodStatusBuilder().withPhase("Running").withStartTime(time)
                .withConditions(condition("PodScheduled", "True", time, null), condition("Initialized", "True", time, null),
                        condition("ContainersReady", "True", time, null), condition("Ready", "True", time, null))
                .withContainerStatuses(containers).build();
    }

    private static PodStatus terminated(Pod pod, int exitCode, Instant started) {
        String time = time(Instant.now());
        List<ContainerStatus> containers = new ArrayList<>();
        for (Container container : pod.getSpec().getContainers()) {
            containers.add(new ContainerStatusBuilder().withName(container.getName()).withImage(container.getImage())
                    .withImageID("").withReady(false).withStarted(false).withRestartCount(0)
                    .withNewState().withNewTerminated().withExitCode(exitCode)
                    .withReason(exitCode == 0 ? "Completed" : "Error").withStartedAt(time(started)).withFinishedAt(time)
                    .endTerminated().endState().build());
        }
        String reason = exitCode == 0 ? "PodCompleted" : "ContainersNotReady";
        return new PodStatusBuilder().withPhase(exitCode == 0 ? "Succeeded" : "Failed").withStartTime(time(started))
                .withConditions(condition("PodScheduled", "True", time(started), null),
                        condition("Initialized", "True", time(started), null),
                        condition("ContainersReady", "False", time, reason), condition("Ready", "False", time, reason))
                .withContainerStatuses(containers).build();
    }

    private static PodCondition condition(String type, String status, String time, String reason) {
        return new PodConditionBuilder().withType(type).withStatus(status).withLastTransitionTime(time)
                .withReason(reason).build();
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Map<String, String> labels(Pod pod) {
        return pod.getMetadata().getLabels() == null ? Map.of() : pod.getMetadata().getLabels();
    }

    private <T> ResourceEventHandler<T> handler(Consumer<T> onSeen) {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(T object) {
                executor.execute(() -> onSeen.accept(object));
            }

            @Override
            public void onUpdate(T before, T after) {
                executor.execute(() -> onSeen.accept(after));
            }

            @Override
            public void onDelete(T object, boolean finalStateUnknown) {
            }
        };
    }

    @Override
    public void close() {
        informers.forEach(SharedIndexInformer::close);
        executor.shutdownNow();
        for (String volume : volumes) {
            client.persistentVolumes().withName(volume).delete();
        }
    }
}
