package org.maestroperf.deploy.runner.apply;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.HasMetadata;

import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;

/** Applies a bundle's infrastructure and test-case ConfigMaps in order, then prunes what left the bundle. */
public final class Deployer {

    private final Cluster cluster;
    private final boolean dryRun;
    private final Progress progress;

    public Deployer(Cluster cluster, boolean dryRun, Progress progress) {
        this.cluster = cluster;
        this.dryRun = dryRun;
        this.progress = progress;
    }

    /** Applies; returns the references of what was pruned. */
    public List<ObjectRef> deploy(Bundle bundle) {
        Applier applier = new Applier(cluster, dryRun);
        List<HasMetadata> objects = new ArrayList<>(bundle.infrastructure());
        bundle.testCases().forEach(tc -> objects.add(tc.configMap()));
        objects.sort(ApplyOrder.APPLY);
        List<ObjectRef> previous = Inventory.read(cluster, bundle.name());
        Set<ObjectRef> current = new LinkedHashSet<>();
        for (HasMetadata object : objects) {
            applier.apply(ApplyLabels.stamp(object, bundle.name()));
            current.add(ObjectRef.of(object));
            progress.emit("applied", (dryRun ? "checked (dry run) " : "applied ") + object.getKind() + " "
                    + object.getMetadata().getName(), Map.of("kind", object.getKind(),
                    "name", object.getMetadata().getName(), "dryRun", dryRun));
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
}
