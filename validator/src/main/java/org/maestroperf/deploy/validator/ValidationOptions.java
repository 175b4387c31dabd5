package org.maestroperf.deploy.validator;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.schema.KubernetesVersion;

/**
 * How to validate: Kubernetes version, schema locations tried in order ({@code default} is the
 * built-in pack), strictness, rules skipped or enabled beyond the defaults, and the
 * {@code Kind/name} references provided outside the bundle.
 */
public record ValidationOptions(KubernetesVersion kubernetesVersion, List<String> schemaLocations, boolean strict,
        boolean ignoreMissingSchemas, Set<String> skip, Set<String> enable, Set<String> external, Path schemaCache) {

    public ValidationOptions {
        schemaLocations = schemaLocations.isEmpty() ? List.of("default") : List.copyOf(schemaLocations);
        skip = Set.copyOf(skip);
        enable = Set.copyOf(enable);
        external = Set.copyOf(external);
    }

    /** Kubernetes 1.33, built-in strict schemas, default rules. */
    public static ValidationOptions defaults() {
        return new ValidationOptions(KubernetesVersion.DEFAULT, List.of(), true, false, Set.of(), Set.of(), Set.of(), null);
    }
}
