package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Value;

/**
 * Every object being validated together, indexed for the cross-object rules, with the references
 * the user declared as provided outside the bundle ({@code Kind/name}, e.g.
 * {@code Secret/registry-credentials}). Immutable once built, so rules may run in parallel.
 */
public final class Bundle {

    private final List<Manifest> manifests;
    private final Set<String> external;
    private final Map<String, List<Manifest>> byKind = new HashMap<>();
    private final Map<String, List<Manifest>> byIdentity = new HashMap<>();
    private final List<PodTemplates.Pods> pods = new ArrayList<>();
    private final Map<String, List<PodTemplates.Pods>> podsByLabel = new HashMap<>();

    public Bundle(List<Manifest> manifests, Set<String> external) {
        this.manifests = List.copyOf(manifests);
        this.external = Set.copyOf(external);
        for (Manifest m : this.manifests) {
            byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
            byIdentity.computeIfAbsent(identity(m.kind(), m.name(), m.namespace()), k -> new ArrayList<>()).add(m);
            PodTemplates.of(m).ifPresent(p -> {
                pods.add(p);
                if (p.labels() instanceof MapValue labels) {
                    for (int i = 0; i < labels.size(); i++) {
                        podsByLabel.computeIfAbsent(labelKey(m.namespace(), labels.key(i), labels.value(i).textOr("")),
                                k -> new ArrayList<>()).add(p);
                    }
                }
            });
        }
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
