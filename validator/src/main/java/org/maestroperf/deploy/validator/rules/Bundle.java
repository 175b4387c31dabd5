package org.maestroperf.deploy.validator.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.maestroperf.deploy.validator.source.Manifest;

/**
 * Every object being validated together, with the references the user declared as provided
 * outside the bundle ({@code Kind/name}, e.g. {@code Secret/registry-credentials}).
 */
public record Bundle(List<Manifest> manifests, Set<String> external) {

    public Bundle {
        manifests = List.copyOf(manifests);
        external = Set.copyOf(external);
    }

    public Stream<Manifest> ofKind(String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind));
    }

    /** The object of a kind and name in a namespace ("" matches the default namespace). */
    public Stream<Manifest> named(String kind, String name, String namespace) {
        return ofKind(kind).filter(m -> m.name().equals(name) && m.namespace().equals(namespace));
    }

    public boolean isExternal(String kind, String name) {
        return external.contains(kind + "/" + name);
    }

    /** Every object that runs pods, with where its pod template lives. */
    public Stream<PodTemplates.Pods> pods() {
        return manifests.stream().map(PodTemplates::of).flatMap(java.util.Optional::stream);
    }
}
