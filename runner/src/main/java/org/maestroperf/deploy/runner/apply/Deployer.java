package org.maestroperf.deploy.runner.apply;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.watch.RunAborted;

/**
 * Applies a bundle's infrastructure and test-case ConfigMaps in order, then prunes what left the
 * bundle. A dry run also has the server check the Jobs (test cases and commands) as new objects.
 */
public final class Deployer {

    /**
     * Where a dry run checks the objects of a namespace that does not exist yet: a server refuses a
     * dry run into a missing namespace (404), and a dry run cannot create it. Every cluster has it.
     */
    public static final String STAND_IN_NAMESPACE = "default";

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final Cluster cluster;
    private final boolean dryRun;
    private final Progress progress;

    public Deployer(Cluster cluster, boolean dryRun, Progress progress) {
        this.cluster = cluster;
        this.dryRun = dryRun;
        this.progress = progress;
    }

    /** Applies; returns the references of what was pruned (in a dry run: what would be). */
    public List<ObjectRef> deploy(Bundle bundle) {
        Applier applier = new Applier(cluster, dryRun);
        List<HasMetadata> objects = new ArrayList<>(bundle.infrastructure());
        bundle.testCases().forEach(tc -> objects.add(tc.configMap()));
        objects.sort(ApplyOrder.APPLY);
        List<ObjectRef> previous = Inventory.read(cluster, bundle.name());
        String newNamespace = dryRun ? newNamespace(bundle) : null;
        Set<ObjectRef> current = new LinkedHashSet<>();
        List<String> unchecked = new ArrayList<>();
        for (HasMetadata object : objects) {
            ApplyLabels.stamp(object, bundle.name());
            current.add(ObjectRef.of(object));
            if (newNamespace != null && newNamespace.equals(object.getMetadata().getNamespace())) {
                checkInStandIn(applier, object, newNamespace, unchecked);
                continue;
            }
            try {
                applier.apply(object);
            } catch (KubernetesClientException e) {
                throw refused(object, "", e);
            }
            progress.emit("applied", (dryRun ? "checked (dry run) " : "applied ") + object.getKind() + " "
                    + object.getMetadata().getName(), Map.of("kind", object.getKind(),
                    "name", object.getMetadata().getName(), "dryRun", dryRun));
        }
        if (dryRun) {
            checkJobs(bundle, applier, newNamespace, unchecked);
        }
        if (!unchecked.isEmpty()) {
            progress.emit("warning", "not checked by the server: you may not create " + String.join(", ", unchecked)
                    + " in namespace " + STAND_IN_NAMESPACE + ", where a dry run checks the objects of the new namespace "
                    + newNamespace);
        }
        if (!applier.usesServerSideApply()) {
            progress.emit("warning", "the server does not support server-side apply; used create-or-replace");
        }
        List<ObjectRef> gone = previous.stream().filter(ref -> !current.contains(ref)).toList();
        if (!dryRun) {
            Inventory.write(cluster, bundle.name(), current, applier);
            Deleter.delete(cluster, gone, progress);
        }
        return gone;
    }

    /** The bundle's Namespace when it does not exist on the cluster yet, else null. */
    private String newNamespace(Bundle bundle) {
        return bundle.infrastructure().stream().filter(Namespace.class::isInstance)
                .map(ns -> ns.getMetadata().getName())
                .filter(name -> cluster.client().namespaces().withName(name).get() == null)
                .findFirst().orElse(null);
    }

    /** The Jobs a run creates, checked as new objects: they are created per run, never applied. */
    private void checkJobs(Bundle bundle, Applier applier, String newNamespace, List<String> unchecked) {
        List<HasMetadata> jobs = new ArrayList<>();
        bundle.testCases().forEach(tc -> jobs.add(tc.job()));
        jobs.addAll(bundle.commands().values());
        for (HasMetadata template : jobs) {
            HasMetadata job = ApplyLabels.stamp(SERIALIZATION.clone(template), bundle.name());
            if (newNamespace != null && newNamespace.equals(job.getMetadata().getNamespace())) {
                checkInStandIn(applier, job, newNamespace, unchecked);
                continue;
            }
            try {
                applier.checkAsNew(job);
            } catch (KubernetesClientException e) {
                throw refused(job, "", e);
            }
            progress.emit("applied", "checked (dry run) Job " + job.getMetadata().getName(),
                    Map.of("kind", job.getKind(), "name", job.getMetadata().getName(), "dryRun", true));
        }
    }

    /**
     * Checks an object of the new namespace as a new object in {@link #STAND_IN_NAMESPACE}: the
     * server's validation, defaulting and admission, without the rules of a namespace that does not
     * exist yet (quotas, limit ranges). Forbidden there, it is left unchecked and named in a warning.
     */
    private void checkInStandIn(Applier applier, HasMetadata object, String newNamespace, List<String> unchecked) {
        HasMetadata moved = SERIALIZATION.clone(object);
        moved.getMetadata().setNamespace(STAND_IN_NAMESPACE);
        String what = object.getKind() + " " + object.getMetadata().getName();
        try {
            applier.checkAsNew(moved);
        } catch (KubernetesClientException e) {
            if (e.getCode() == 403) {
                unchecked.add(what);
                return;
            }
            throw refused(object, " (checked in namespace " + STAND_IN_NAMESPACE + ", standing in for the new namespace "
                    + newNamespace + ")", e);
        }
        progress.emit("applied", "checked (dry run, in namespace " + STAND_IN_NAMESPACE + " for the new namespace "
                        + newNamespace + ") " + what,
                Map.of("kind", object.getKind(), "name", object.getMetadata().getName(), "dryRun", true,
                        "checkedIn", STAND_IN_NAMESPACE));
    }

    /**
     * The server's refusal of one object as one line: which object, and the server's own message.
     * Without an answer from the server (unreachable, timed out) the exception stays as it is.
     */
    private static RuntimeException refused(HasMetadata object, String where, KubernetesClientException e) {
        if (e.getStatus() == null || e.getStatus().getMessage() == null) {
            return e;
        }
        return new RunAborted(RunAborted.Reason.INFRASTRUCTURE, "the server refuses " + object.getKind() + " "
                + object.getMetadata().getName() + where + ": " + e.getStatus().getMessage(), List.of());
    }
}
