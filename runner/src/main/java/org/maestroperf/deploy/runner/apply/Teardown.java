package org.maestroperf.deploy.runner.apply;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.HasMetadata;

import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.contract.BundleContract;

/** Removes everything a bundle created: its client Jobs and pods, its inventory's objects, the inventory. */
public final class Teardown {

    private Teardown() {
    }

    /** Returns how many objects were removed. */
    public static int run(Cluster cluster, String bundle, Progress progress) {
        List<ObjectRef> refs = new ArrayList<>();
        // Jobs and ConfigMaps made per run are not in the inventory; the bundle label finds them
        for (HasMetadata job : cluster.client().batch().v1().jobs().inNamespace(cluster.namespace())
                .withLabel(BundleContract.LABEL_BUNDLE, bundle).list().getItems()) {
            refs.add(ObjectRef.of(job));
        }
        for (HasMetadata configMap : cluster.client().configMaps().inNamespace(cluster.namespace())
                .withLabel(BundleContract.LABEL_BUNDLE, bundle).list().getItems()) {
            refs.add(ObjectRef.of(configMap));
        }
        for (ObjectRef ref : Inventory.read(cluster, bundle)) {
            if (!refs.contains(ref)) {
                refs.add(ref);
            }
        }
        Deleter.delete(cluster, refs, progress);
        return refs.size();
    }
}
