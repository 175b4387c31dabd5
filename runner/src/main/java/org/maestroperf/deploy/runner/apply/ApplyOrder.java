package org.maestroperf.deploy.runner.apply;

import java.util.Comparator;
import java.util.List;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Dependency order: Namespace, ConfigMaps/Secrets, PVCs, Services, Deployments, Ingress/Route, Jobs. */
public final class ApplyOrder {

    private static final List<String> KINDS = List.of("Namespace", "ServiceAccount", "ConfigMap", "Secret",
            "PersistentVolumeClaim", "Service", "Deployment", "Ingress", "Route", "Job");

    /** Sorts in apply order; the sort is stable, so the bundle's own order holds within a kind. */
    public static final Comparator<HasMetadata> APPLY = Comparator.comparingInt(ApplyOrder::rank);

    /** Reverse of {@link #APPLY}: what depends on others goes first. */
    public static final Comparator<HasMetadata> DELETE = APPLY.reversed();

    private ApplyOrder() {
    }

    static int rank(HasMetadata object) {
        int index = KINDS.indexOf(object.getKind());
        // unknown kinds go with the Services: after their inputs, before what runs
        return index >= 0 ? index : KINDS.indexOf("Service");
    }
}
