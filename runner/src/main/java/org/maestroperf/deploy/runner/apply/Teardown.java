package org.maestroperf.deploy.runner.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;

import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.contract.BundleContract;

/**
 * Removes everything a bundle created: its client Jobs and pods, its inventory's objects, the
 * inventory. Never what another bundle of the namespace recorded as its own, nor the namespace
 * while another bundle lives in it.
 */
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
        Map<String, List<ObjectRef>> others = Inventory.others(cluster, bundle);
        List<ObjectRef> ours = new ArrayList<>();
        for (ObjectRef ref : refs) {
            // deleting the namespace would delete the other bundles with it
            boolean namespace = ref.kind().equals("Namespace") && ref.name().equals(cluster.namespace());
            List<String> owners = others.entrySet().stream().filter(o -> namespace || o.getValue().contains(ref))
                    .map(Map.Entry::getKey).toList();
            if (owners.isEmpty()) {
                ours.add(ref);
            } else {
                progress.emit("kept", "kept " + ref.kind() + " " + ref.name() + ": bundle " + String.join(", ", owners)
                        + (namespace ? " lives in it" : " recorded it too"), Map.of("kind", ref.kind(),
                        "name", ref.name(), "bundles", owners));
            }
        }
        Deleter.delete(cluster, ours, progress);
        return ours.size();
    }
}
