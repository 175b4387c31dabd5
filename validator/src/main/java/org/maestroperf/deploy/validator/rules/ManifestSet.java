package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.maestroperf.deploy.validator.schema.KubernetesVersion;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Value;

/**
 * Every object being validated together, indexed for the cross-object rules, with the references
 * the user declared as provided outside the bundle ({@code Kind/name}, e.g.
 * {@code Secret/registry-credentials}), and the Kubernetes version they are validated for. Immutable once built (but for the values rules share), so rules may run in parallel.
 */
public final class ManifestSet {

    private final List<Manifest> manifests;
    private final Set<String> external;
    private final KubernetesVersion kubernetesVersion;
    private final Map<String, List<Manifest>> byKind = new HashMap<>();
    private final Map<String, List<Manifest>> byIdentity = new HashMap<>();
    private final List<PodTemplates.Pods> pods = new ArrayList<>();
    private final Map<Object, Object> shared = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<PodTemplates.Pods>> podsByLabel = new HashMap<>();

    public ManifestSet(List<Manifest> manifests, Set<String> external, KubernetesVersion kubernetesVersion) {
        this.manifests = List.copyOf(manifests);
        this.external = Set.copyOf(external);
        this.kubernetesVersion = kubernetesVersion;
        // each object's keys on all cores (a large validation has tens of thousands), the maps filled in order
        for (Keys keys : this.manifests.parallelStream().map(Keys::of).toList()) {
            Manifest m = keys.manifest();
            byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
            byIdentity.computeIfAbsent(keys.identity(), k -> new ArrayList<>()).add(m);
            if (keys.pods() != null) {
                pods.add(keys.pods());
                keys.podLabels().forEach(label -> podsByLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(keys.pods()));
            }
        }
    }

    /** What one object is indexed by: its identity, and its pods with their labels, if it runs any. */
    private record Keys(Manifest manifest, String identity, PodTemplates.Pods pods, List<String> podLabels) {

        static Keys of(Manifest m) {
            PodTemplates.Pods pods = PodTemplates.of(m).orElse(null);
            List<String> labels = new ArrayList<>();
            if (pods != null && pods.labels() instanceof MapValue map) {
                for (int i = 0; i < map.size(); i++) {
                    labels.add(labelKey(m.namespace(), map.key(i), map.value(i).textOr("")));
                }
            }
            return new Keys(m, ManifestSet.identity(m.kind(), m.name(), m.namespace()), pods, labels);
        }
    }

    /**
     * A value computed once per bundle by whichever rule asks first, for rules that share one pass
     * over the objects (the server rules: one pass instead of one per rule). Other callers wait.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, java.util.function.Supplier<T> compute) {
        return (T) shared.computeIfAbsent(key, k -> compute.get());
    }

    /** The Kubernetes version validated against: rules that port the API server's checks follow its changes. */
    public KubernetesVersion kubernetesVersion() {
        return kubernetesVersion;
    }

    public List<Manifest> manifests() {
        return manifests;
    }

    public Stream<Manifest> ofKind(String kind) {
        return byKind.getOrDefault(kind, List.of()).stream();
    }

    /** The objects of a kind and name in a namespace ("" is the namespace the bundle is applied to). */
    public Stream<Manifest> named(String kind, String name, String namespace) {
        return byIdentity.getOrDefault(identity(kind, name, namespace), List.of()).stream();
    }

    public boolean isExternal(String kind, String name) {
        return external.contains(kind + "/" + name);
    }

    /** Every object that runs pods, with where its pod template lives. */
    public Stream<PodTemplates.Pods> pods() {
        return pods.stream();
    }

    /** The workloads in a namespace whose pod labels include every entry of a plain selector. */
    public List<PodTemplates.Pods> podsSelectedBy(Value selector, String namespace) {
        if (!(selector instanceof MapValue s) || s.size() == 0) {
            return List.of();
        }
        List<PodTemplates.Pods> candidates = podsByLabel.getOrDefault(labelKey(namespace, s.key(0), s.value(0).textOr("")), List.of());
        return candidates.stream().filter(p -> Selectors.mapMatches(selector, p.labels())).toList();
    }

    private static String identity(String kind, String name, String namespace) {
        return kind + "|" + namespace + "|" + name;
    }

    private static String labelKey(String namespace, String key, String value) {
        return namespace + "|" + key + "=" + value;
    }
}
