package org.maestroperf.deploy.runner.apply;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;

import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;

/** Deletes referenced objects, dependants first; what is already gone is not an error. */
final class Deleter {

    private Deleter() {
    }

    static void delete(Cluster cluster, Collection<ObjectRef> refs, Progress progress) {
        List<HasMetadata> stubs = refs.stream().map(ObjectRef::stub).sorted(ApplyOrder.DELETE).toList();
        for (HasMetadata stub : stubs) {
            // fabric8 deletes with propagationPolicy=Background: a Job's pods go with it
            boolean deleted = !cluster.client().resource(stub).delete().isEmpty();
            if (deleted) {
                progress.emit("deleted", "deleted " + stub.getKind() + " " + stub.getMetadata().getName(),
                        Map.of("kind", stub.getKind(), "name", stub.getMetadata().getName()));
            }
        }
    }
}
