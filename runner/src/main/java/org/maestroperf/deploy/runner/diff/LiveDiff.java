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

import org.maestroperf.deploy.diff.BundleDiff;
import org.maestroperf.deploy.diff.Differ;
import org.maestroperf.deploy.diff.FieldOwners;
import org.maestroperf.deploy.diff.KubeObject;
import org.maestroperf.deploy.diff.ObjectKey;
import org.maestroperf.deploy.diff.Side;
import org.maestroperf.deploy.runner.apply.Applier;
import org.maestroperf.deploy.runner.apply.ApplyLabels;
import org.maestroperf.deploy.runner.apply.ApplyOrder;
import org.maestroperf.deploy.runner.apply.Inventory;
import org.maestroperf.deploy.runner.apply.ObjectRef;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;

/**
 * What {@code run} would change on the cluster, computed as {@code kubectl diff} does: each object
 * the deploy step applies (the infrastructure and the test cases' ConfigMaps, with the bundle
 * label) is sent as a server-side apply with {@code dryRun=All} as field manager maestro-deploy,
 * and the server's answer, defaults and server-kept fields filled in as they would be, is compared
 * with the live object. Objects the inventory records that left the bundle are the removals the
 * prune would make. Client Jobs are not compared: every run creates a new one.
 *
 * <p>Requests: one list per kind (the live objects, the inventory among the ConfigMaps) and one
 * dry-run apply per object, nothing else.
 */
public final class LiveDiff {

    /** Where an old-side object came from. */
    public static final String LIVE = "live";
    /** Where a new-side object that exists on the cluster came from: the server's dry-run apply of it. */
    public static final String DRY_RUN = "dry-run apply";
    /** Where a new-side object that is not on the cluster yet came from. */
    public static final String BUNDLE = "bundle";

    /** Dry-run requests in flight at once: a campaign's thousand ConfigMaps would otherwise take a round trip each. */
    private static final int PARALLEL_REQUESTS = 8;
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private LiveDiff() {
    }

    /**
     * @param bundleLabel what the bundle is (a path, a profile), shown as the new side
     * @throws KubernetesClientException when the cluster cannot be read or refuses an object
     */
    public static BundleDiff compute(Cluster cluster, Bundle bundle, String bundleLabel) {
        List<HasMetadata> applied = applied(bundle);
        HasMetadata inventory = inventoryStub(cluster, bundle);
        LiveObjects live = new LiveObjects(cluster);
        applied.forEach(live::need);
        // the inventory is read from the ConfigMap list, not fetched on its own
        live.need(inventory);
        live.listAll();

        List<ObjectRef> previous = Inventory.refs((ConfigMap) live.get(key(inventory)));
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
        List<KubeObject> old = new ArrayList<>();
        List<KubeObject> nu = new ArrayList<>();
        for (int i = 0; i < applied.size(); i++) {
            HasMetadata object = applied.get(i);
            HasMetadata onCluster = live.get(key(object));
            if (onCluster != null) {
                old.add(liveObject(onCluster));
                nu.add(new KubeObject(key(object), DRY_RUN, tree(merged.get(i)), Map.of()));
            } else {
                nu.add(new KubeObject(key(object), BUNDLE, tree(object), Map.of()));
            }
        }
        for (HasMetadata stub : pruned) {
            HasMetadata gone = live.get(key(stub));
            if (gone != null) {
                old.add(liveObject(gone));
            }
        }
        String where = "cluster " + cluster.client().getMasterUrl() + ", namespace " + cluster.namespace();
        return Differ.compare(new Side(where, old), new Side(bundleLabel, nu));
    }

    /** What the deploy step applies, as it applies it: stamped with the bundle label, in apply order. */
    private static List<HasMetadata> applied(Bundle bundle) {
        List<HasMetadata> objects = new ArrayList<>(bundle.infrastructure());
        bundle.testCases().forEach(tc -> objects.add(tc.configMap()));
        objects.sort(ApplyOrder.APPLY);
        return objects.stream().map(o -> ApplyLabels.stamp(SERIALIZATION.clone(o), bundle.name())).toList();
    }

    private static HasMetadata inventoryStub(Cluster cluster, Bundle bundle) {
        return new ObjectRef("v1", "ConfigMap", cluster.namespace(), Inventory.configMapName(bundle.name())).stub();
    }

    /**
     * The server's dry-run apply of each object, in order. An object not on the cluster whose
     * namespace is not there either is answered 404: it would be created, there is nothing to merge.
     */
    private static List<HasMetadata> dryRuns(Cluster cluster, List<HasMetadata> objects, LiveObjects live) {
        Applier applier = new Applier(cluster, true);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_REQUESTS, Math.max(1, objects.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "live-diff");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<CompletableFuture<HasMetadata>> requests = objects.stream().map(o -> CompletableFuture.supplyAsync(
                    () -> dryRun(applier, o, live.get(key(o)) != null), pool)).toList();
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

    private static KubeObject liveObject(HasMetadata object) {
        Map<String, Object> tree = tree(object);
        return new KubeObject(key(object), LIVE, tree, FieldOwners.foreign(tree, Applier.FIELD_MANAGER));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(HasMetadata object) {
        return SERIALIZATION.convertValue(object, LinkedHashMap.class);
    }

    static ObjectKey key(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return new ObjectKey(object.getKind(), namespace == null ? "" : namespace, object.getMetadata().getName());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
