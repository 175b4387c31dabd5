package org.maestroperf.deploy.runner.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;

/**
 * Waits until the broker is ready, then every Deployment is rolled out and every PVC bound; fails
 * fast when an infrastructure pod is stuck (image pull, unschedulable, crash loop) or a rollout
 * exceeded its progress deadline. Watches only: no request while nothing changes.
 */
public final class InfrastructureWait {

    /** The Deployment every other component and every client connects to. */
    public static final String BROKER = "maestro-broker";

    private InfrastructureWait() {
    }

    public static void await(Cluster cluster, Bundle bundle, Deadline deadline, Progress progress) {
        List<Deployment> deployments = bundle.infrastructure().stream().filter(Deployment.class::isInstance)
                .map(Deployment.class::cast).toList();
        List<String> claims = bundle.infrastructure().stream().filter(PersistentVolumeClaim.class::isInstance)
                .map(o -> o.getMetadata().getName()).toList();
        Map<String, String> waitForFirstConsumer = lateBinding(cluster, bundle);
        Changes changes = new Changes();
        String ns = cluster.namespace();
        SharedIndexInformer<Deployment> deploymentInformer = cluster.client().apps().deployments().inNamespace(ns)
                .inform(changes.handler(), 0);
        SharedIndexInformer<PersistentVolumeClaim> claimInformer = cluster.client().persistentVolumeClaims()
                .inNamespace(ns).inform(changes.handler(), 0);
        SharedIndexInformer<Pod> podInformer = cluster.client().pods().inNamespace(ns).inform(changes.handler(), 0);
        try {
            boolean brokerReported = false;
            String lastStatus = "";
            while (true) {
                Map<String, Rollout> rollouts = new LinkedHashMap<>();
                for (Deployment wanted : deployments) {
                    Deployment seen = deploymentInformer.getStore().getByKey(ns + "/" + wanted.getMetadata().getName());
                    rollouts.put(wanted.getMetadata().getName(), seen == null
                            ? new Rollout(wanted.getMetadata().getName(), 1, 0, false, null) : Rollout.of(seen));
                }
                failOnStall(rollouts);
                failOnStuckPod(cluster, deployments, podInformer.getStore().list());
                Rollout broker = rollouts.get(BROKER);
                if (!brokerReported && broker != null && broker.done()) {
                    progress.emit("phase", "broker ready", Map.of("phase", "broker-ready"));
                    brokerReported = true;
                }
                List<String> pending = new ArrayList<>();
                rollouts.values().stream().filter(r -> !r.done())
                        .forEach(r -> pending.add(r.name() + " " + r.available() + "/" + r.wanted()));
                for (String claim : claims) {
                    PersistentVolumeClaim seen = claimInformer.getStore().getByKey(ns + "/" + claim);
                    String phase = seen == null || seen.getStatus() == null ? "Pending" : seen.getStatus().getPhase();
                    if (!"Bound".equals(phase)) {
                        pending.add("PVC " + claim + " " + phase + (waitForFirstConsumer.containsKey(claim)
                                ? " (WaitForFirstConsumer: binds when its pod is scheduled)" : ""));
                    }
                }
                int ready = rollouts.values().stream().mapToInt(r -> Math.min(r.available(), r.wanted())).sum();
                int wanted = rollouts.values().stream().mapToInt(Rollout::wanted).sum();
                if (pending.isEmpty()) {
                    progress.emit("phase", "infrastructure ready: pods ready " + ready + "/" + wanted,
                            Map.of("phase", "ready", "ready", ready, "wanted", wanted));
                    return;
                }
                String status = "pods ready " + ready + "/" + wanted + ", waiting for " + String.join(", ", pending);
                if (!status.equals(lastStatus)) {
                    progress.emit("status", status, Map.of("ready", ready, "wanted", wanted));
                    lastStatus = status;
                }
                if (!changes.await(deadline)) {
                    throw new RunAborted(RunAborted.Reason.TIMEOUT, "timed out waiting for the infrastructure: "
                            + status, List.of());
                }
            }
        } finally {
            deploymentInformer.close();
            claimInformer.close();
            podInformer.close();
        }
    }

    private static void failOnStall(Map<String, Rollout> rollouts) {
        for (Rollout rollout : rollouts.values()) {
            if (rollout.stalled() != null && !rollout.done()) {
                throw new RunAborted(RunAborted.Reason.INFRASTRUCTURE, "Deployment " + rollout.name()
                        + " does not roll out: " + rollout.stalled(), List.of());
            }
        }
    }

    private static void failOnStuckPod(Cluster cluster, List<Deployment> deployments, List<Pod> pods) {
        for (Pod pod : pods) {
            Optional<Deployment> owner = deployments.stream().filter(d -> selects(d, pod)).findFirst();
            if (owner.isEmpty()) {
                continue;
            }
            PodState state = PodState.of(pod, null);
            if (state instanceof PodState.Stuck stuck) {
                Diagnosis diagnosis = Diagnosis.of(cluster, pod, pod.getSpec().getContainers().get(0).getName());
                throw new RunAborted(RunAborted.Reason.INFRASTRUCTURE, "Deployment "
                        + owner.get().getMetadata().getName() + ": pod " + pod.getMetadata().getName() + " "
                        + stuck.reason() + (stuck.message().isEmpty() ? "" : ": " + stuck.message()),
                        diagnosis.summary(20));
            }
        }
    }

    private static boolean selects(Deployment deployment, Pod pod) {
        Map<String, String> selector = deployment.getSpec().getSelector() == null ? null
                : deployment.getSpec().getSelector().getMatchLabels();
        Map<String, String> labels = pod.getMetadata().getLabels();
        return selector != null && !selector.isEmpty() && labels != null
                && selector.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
    }

    /** PVCs whose class binds late, so "Pending" is expected until the reports pod is scheduled. */
    private static Map<String, String> lateBinding(Cluster cluster, Bundle bundle) {
        Map<String, String> late = new LinkedHashMap<>();
        try {
            List<StorageClass> classes = cluster.client().storage().v1().storageClasses().list().getItems();
            for (PersistentVolumeClaim claim : bundle.infrastructure().stream()
                    .filter(PersistentVolumeClaim.class::isInstance).map(PersistentVolumeClaim.class::cast).toList()) {
                String wanted = claim.getSpec().getStorageClassName();
                classes.stream()
                        .filter(c -> wanted == null ? "true".equals(c.getMetadata().getAnnotations() == null ? null
                                : c.getMetadata().getAnnotations().get("storageclass.kubernetes.io/is-default-class"))
                                : wanted.equals(c.getMetadata().getName()))
                        .filter(c -> "WaitForFirstConsumer".equals(c.getVolumeBindingMode()))
                        .findFirst()
                        .ifPresent(c -> late.put(claim.getMetadata().getName(), c.getMetadata().getName()));
            }
        } catch (KubernetesClientException e) {
            // storage classes are cluster-scoped and may not be readable: only the status message is poorer
        }
        return late;
    }
}
