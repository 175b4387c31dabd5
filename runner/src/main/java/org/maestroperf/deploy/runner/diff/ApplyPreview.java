package org.maestroperf.deploy.runner.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.maestroperf.deploy.runner.apply.Applier;
import org.maestroperf.deploy.runner.apply.ApplyLabels;
import org.maestroperf.deploy.runner.apply.ApplyOrder;
import org.maestroperf.deploy.runner.apply.Inventory;
import org.maestroperf.deploy.runner.apply.ObjectRef;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;

/**
 * What {@code run}'s apply would make of each object, next to what the cluster has now, fetched as
 * {@code kubectl diff} does: each object the deploy step applies (the infrastructure and the test
 * cases' ConfigMaps, with the bundle label) is sent as a server-side apply with {@code dryRun=All}
 * as field manager maestro-deploy, and the server's answer — defaults and server-kept fields filled
 * in as they would be — is what the apply makes of the live object. Objects the inventory records
 * that left the bundle are the prune's. Client Jobs are not here: every run creates a new one.
 * Comparing the two is the diff module's work; this is the cluster's part, as plain trees.
 *
 * <p>Requests: one list per kind (the live objects, the inventory among the ConfigMaps) and one
 * dry-run apply per object, nothing else.
 *
 * @param cluster where the live objects are, e.g. {@code cluster https://api:6443/, namespace perf}
 * @param live    the cluster's version of each applied object it has, and of each object the prune would delete
 * @param applied each applied object as the apply would leave it: the server's dry-run answer when
 *                the cluster has the object, else the object as sent
 */
public record ApplyPreview(String cluster, List<Version> live, List<Version> applied) {

    /** Where a live object came from. */
    public static final String LIVE = "live";
    /** Where an applied object the cluster has came from: the server's dry-run apply of it. */
    public static final String DRY_RUN = "dry-run apply";
    /** Where an applied object the cluster does not have yet came from. */
    public static final String BUNDLE = "bundle";

    /** Dry-run requests in flight at once: a campaign's thousand ConfigMaps would otherwise take a round trip each. */
    private static final int PARALLEL_REQUESTS = 8;
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** One version of an object: where it came from and its content as maps, lists and scalars. */
    public record Version(String origin, Map<String, Object> tree) {
    }

    public ApplyPreview {
        live = List.copyOf(live);
        applied = List.copyOf(applied);
    }

    /** @throws KubernetesClientException when the cluster cannot be read or refuses an object */
    public static ApplyPreview of(Cluster cluster, Bundle bundle) {
        List<HasMetadata> applied = applied(bundle);
        HasMetadata inventory = new ObjectRef("v1", "ConfigMap", cluster.namespace(),
                Inventory.configMapName(bundle.name())).stub();
        LiveObjects live = new LiveObjects(cluster);
        applied.forEach(live::need);
        // the inventory is read from the ConfigMap list, not fetched on its own
        live.need(inventory);
        live.listAll();

        List<ObjectRef> previous = Inventory.refs((ConfigMap) live.get(inventory));
        Set<ObjectRef> current = new LinkedHashSet<>();
        applied.forEach(o -> current.add(ObjectRef.of(o)));
        List<HasMetadata> pruned = new ArrayList<>();
        for (ObjectRef ref : previous) {
            if (!current.contains(ref)) {
                HasMetadata stub = ref.stub();
                live.need(stub);
                pruned.add(stub);
            }
        }
        live.listAll();

        List<HasMetadata> merged = dryRuns(cluster, applied, live);
        List<Version> before = new ArrayList<>();
        List<Version> after = new ArrayList<>();
        for (int i = 0; i < applied.size(); i++) {
            HasMetadata object = applied.get(i);
            HasMetadata onCluster = live.get(object);
            if (onCluster != null) {
                before.add(new Version(LIVE, tree(onCluster)));
                after.add(new Version(DRY_RUN, tree(merged.get(i))));
            } else {
                after.add(new Version(BUNDLE, tree(object)));
            }
        }
        for (HasMetadata stub : pruned) {
            HasMetadata gone = live.get(stub);
            if (gone != null) {
                before.add(new Version(LIVE, tree(gone)));
            }
        }
        return new ApplyPreview("cluster " + cluster.client().getMasterUrl() + ", namespace " + cluster.namespace(),
                before, after);
    }

    /** What the deploy step applies, as it applies it: stamped with the bundle label, in apply order. */
    private static List<HasMetadata> applied(Bundle bundle) {
        List<HasMetadata> objects = new ArrayList<>(bundle.infrastructure());
        bundle.testCases().forEach(tc -> objects.add(tc.configMap()));
        objects.sort(ApplyOrder.APPLY);
        return objects.stream().map(o -> ApplyLabels.stamp(SERIALIZATION.clone(o), bundle.name())).toList();
    }

    /**
     * The server's dry-run apply of each object, in order. An object not on the cluster whose
     * namespace is not there either is answered 404: it would be created, there is nothing to merge.
     */
    private static List<HasMetadata> dryRuns(Cluster cluster, List<HasMetadata> objects, LiveObjects live) {
        Applier applier = new Applier(cluster, true);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_REQUESTS, Math.max(1, objects.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "apply-preview");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<CompletableFuture<HasMetadata>> requests = objects.stream().map(o -> CompletableFuture.supplyAsync(
                    () -> dryRun(applier, o, live.get(o) != null), pool)).toList();
            List<HasMetadata> results = new ArrayList<>(objects.size());
            for (CompletableFuture<HasMetadata> request : requests) {
                try {
                    results.add(request.join());
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HasMetadata dryRun(Applier applier, HasMetadata object, boolean exists) {
        try {
            return applier.serverSideApply(object);
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404 && !exists) {
                return null;
            }
            if (e.getCode() == 415) {
                throw new KubernetesClientException("the API server does not support server-side apply, which a live"
                        + " diff needs (Kubernetes 1.16 or newer)", e);
            }
            throw new KubernetesClientException(object.getKind() + " " + object.getMetadata().getName()
                    + ": the dry-run apply was refused: " + firstLine(e.getMessage()), e.getCode(), e.getStatus());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(HasMetadata object) {
        return SERIALIZATION.convertValue(object, LinkedHashMap.class);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
