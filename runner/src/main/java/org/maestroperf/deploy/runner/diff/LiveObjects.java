package org.maestroperf.deploy.runner.diff;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;

import org.maestroperf.deploy.runner.cluster.Cluster;

/**
 * The cluster's version of the objects a diff needs, fetched with one list per kind (and
 * namespace) rather than one request per object; a cluster-scoped kind of which only one object is
 * needed (the Namespace) is listed by a field selector on its name.
 */
final class LiveObjects {

    /** The objects of one kind in one namespace that are needed, and one of them to tell the client the type. */
    private static final class Kind {
        final HasMetadata example;
        final Set<String> names = new LinkedHashSet<>();
        boolean listed;

        Kind(HasMetadata example) {
            this.example = example;
        }
    }

    private final Cluster cluster;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    /** The live objects listed, by kind, namespace and name. */
    private final Map<String, HasMetadata> found = new HashMap<>();

    LiveObjects(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Notes that the live version of {@code object} is wanted at the next {@link #listAll()}. */
    void need(HasMetadata object) {
        String namespace = namespace(object);
        String id = object.getApiVersion() + " " + object.getKind() + " " + namespace;
        Kind kind = kinds.computeIfAbsent(id, k -> new Kind(object));
        if (kind.listed && namespace.isEmpty() && !kind.names.contains(object.getMetadata().getName())) {
            // a cluster-scoped kind listed by the one name needed then: another one needs a list of its own
            kind.listed = false;
        }
        kind.names.add(object.getMetadata().getName());
    }

    /** Lists every kind noted since the last call. */
    void listAll() {
        for (Kind kind : kinds.values()) {
            if (!kind.listed) {
                List<? extends HasMetadata> items;
                try {
                    items = kind.example instanceof GenericKubernetesResource
                            ? list(cluster.client().genericKubernetesResources(kind.example.getApiVersion(),
                            kind.example.getKind()), kind)
                            : list(cluster.client().resources(kind.example.getClass()), kind);
                } catch (KubernetesClientException e) {
                    if (e.getCode() != 404) {
                        throw e;
                    }
                    throw new KubernetesClientException(kind.example.getKind() + " (" + kind.example.getApiVersion()
                            + ") is not served by this cluster: the bundle cannot be applied here", e);
                }
                for (HasMetadata item : items) {
                    // list items carry no kind on the wire; the typed model fills in its own, a generic one does not
                    if (item.getKind() == null && item instanceof GenericKubernetesResource generic) {
                        generic.setApiVersion(kind.example.getApiVersion());
                        generic.setKind(kind.example.getKind());
                    }
                    found.put(key(item), item);
                }
                kind.listed = true;
            }
        }
    }

    /** The cluster's version of {@code object} (listed by the last {@link #listAll()}), or null when it has none. */
    HasMetadata get(HasMetadata object) {
        return found.get(key(object));
    }

    private static String key(HasMetadata object) {
        return object.getKind() + " " + namespace(object) + " " + object.getMetadata().getName();
    }

    private <T extends HasMetadata> List<T> list(MixedOperation<T, ? extends KubernetesResourceList<T>, ?> operation,
                                                 Kind kind) {
        String namespace = namespace(kind.example);
        if (!namespace.isEmpty()) {
            return operation.inNamespace(namespace).list().getItems();
        }
        if (kind.names.size() == 1) {
            return operation.withField("metadata.name", kind.names.iterator().next()).list().getItems();
        }
        return operation.list().getItems();
    }

    private static String namespace(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return namespace == null ? "" : namespace;
    }
}
