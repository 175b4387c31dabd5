package org.maestroperf.deploy.validator;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.schema.KubernetesVersion;

/**
 * How to validate: Kubernetes version, schema locations tried in order ({@code default} is the
 * built-in pack), strictness, rules skipped or enabled beyond the defaults, and the
 * {@code Kind/name} references provided outside the bundle. Immutable: each {@code with} method
 * returns new options.
 *
 * <pre>{@code
 * ValidationOptions options = ValidationOptions.defaults()
 *         .withKubernetesVersion(KubernetesVersion.parse("1.30"))
 *         .withSkip(Set.of("floating-tag"));
 * }</pre>
 *
 * @param kubernetesVersion    the version whose schemas objects are checked against
 * @param schemaLocations      where schemas are, tried in order: {@code default} (built in), a folder, or a
 *                             kubeconform URL template; empty means {@code default}
 * @param strict               whether fields a schema does not know are errors
 * @param ignoreMissingSchemas whether an object whose kind has no schema is skipped instead of reported
 * @param skip                 rule ids (and {@code schema}, {@code schema-missing}, Template checks) not to run
 * @param enable               rule ids that are off by default to run
 * @param external             {@code Kind/name} of objects made outside the bundle that references may name
 * @param schemaCache          where schemas fetched over http(s) are kept, or null for no cache
 */
public record ValidationOptions(KubernetesVersion kubernetesVersion, List<String> schemaLocations, boolean strict,
        boolean ignoreMissingSchemas, Set<String> skip, Set<String> enable, Set<String> external, Path schemaCache) {

    /**
     * Copies the collections; no schema location means the built-in pack.
     *
     * @param kubernetesVersion    the version whose schemas objects are checked against
     * @param schemaLocations      where schemas are, tried in order; empty means {@code default}
     * @param strict               whether fields a schema does not know are errors
     * @param ignoreMissingSchemas whether an object whose kind has no schema is skipped instead of reported
     * @param skip                 rule ids not to run
     * @param enable               rule ids that are off by default to run
     * @param external             {@code Kind/name} of objects made outside the bundle
     * @param schemaCache          where schemas fetched over http(s) are kept, or null
     */
    public ValidationOptions {
        schemaLocations = schemaLocations.isEmpty() ? List.of("default") : List.copyOf(schemaLocations);
        skip = Set.copyOf(skip);
        enable = Set.copyOf(enable);
        external = Set.copyOf(external);
    }

    /**
     * Kubernetes 1.33, built-in strict schemas, default rules.
     *
     * @return the options {@code validate} uses when given none
     */
    public static ValidationOptions defaults() {
        return new ValidationOptions(KubernetesVersion.DEFAULT, List.of(), true, false, Set.of(), Set.of(), Set.of(), null);
    }

    /**
     * These options for another Kubernetes version.
     *
     * @param version the version, e.g. {@code KubernetesVersion.parse("1.30")}
     * @return the new options
     */
    public ValidationOptions withKubernetesVersion(KubernetesVersion version) {
        return new ValidationOptions(version, schemaLocations, strict, ignoreMissingSchemas, skip, enable, external,
                schemaCache);
    }

    /**
     * These options with other schema locations.
     *
     * @param locations tried in order: {@code default}, a folder, or a kubeconform URL template
     * @return the new options
     */
    public ValidationOptions withSchemaLocations(List<String> locations) {
        return new ValidationOptions(kubernetesVersion, locations, strict, ignoreMissingSchemas, skip, enable, external,
                schemaCache);
    }

    /**
     * These options, strict or not.
     *
     * @param rejectUnknownFields whether fields a schema does not know are errors
     * @return the new options
     */
    public ValidationOptions withStrict(boolean rejectUnknownFields) {
        return new ValidationOptions(kubernetesVersion, schemaLocations, rejectUnknownFields, ignoreMissingSchemas,
                skip, enable, external, schemaCache);
    }

    /**
     * These options, reporting kinds without a schema or not.
     *
     * @param ignore whether an object whose kind has no schema is skipped instead of reported
     * @return the new options
     */
    public ValidationOptions withIgnoreMissingSchemas(boolean ignore) {
        return new ValidationOptions(kubernetesVersion, schemaLocations, strict, ignore, skip, enable, external,
                schemaCache);
    }

    /**
     * These options with other rules skipped.
     *
     * @param ruleIds rule ids not to run (an unknown id is refused when the validator is made)
     * @return the new options
     */
    public ValidationOptions withSkip(Set<String> ruleIds) {
        return new ValidationOptions(kubernetesVersion, schemaLocations, strict, ignoreMissingSchemas, ruleIds, enable,
                external, schemaCache);
    }

    /**
     * These options with other rules enabled beyond the defaults.
     *
     * @param ruleIds ids of rules that are off by default to run
     * @return the new options
     */
    public ValidationOptions withEnable(Set<String> ruleIds) {
        return new ValidationOptions(kubernetesVersion, schemaLocations, strict, ignoreMissingSchemas, skip, ruleIds,
                external, schemaCache);
    }

    /**
     * These options with other objects known to exist outside the bundle.
     *
     * @param objects {@code Kind/name}, e.g. {@code Secret/registry-credentials}
     * @return the new options
     */
    public ValidationOptions withExternal(Set<String> objects) {
        return new ValidationOptions(kubernetesVersion, schemaLocations, strict, ignoreMissingSchemas, skip, enable,
                objects, schemaCache);
    }

    /**
     * These options with another cache for schemas fetched over http(s).
     *
     * @param directory the cache directory, or null for none
     * @return the new options
     */
    public ValidationOptions withSchemaCache(Path directory) {
        return new ValidationOptions(kubernetesVersion, schemaLocations, strict, ignoreMissingSchemas, skip, enable,
                external, directory);
    }
}
