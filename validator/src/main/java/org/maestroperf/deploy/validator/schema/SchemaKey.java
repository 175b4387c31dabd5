package org.maestroperf.deploy.validator.schema;

import java.util.Locale;

/** The group, version and kind a schema is looked up by, and the file names kubeconform gives it. */
public record SchemaKey(String group, String version, String kind) {

    /** From an object's apiVersion ({@code apps/v1}, {@code v1}) and kind. */
    public static SchemaKey of(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? new SchemaKey("", apiVersion, kind)
                : new SchemaKey(apiVersion.substring(0, slash), apiVersion.substring(slash + 1), kind);
    }

    /** {@code -apps-v1}, or {@code -v1} for the core group (kubeconform's {@code KindSuffix}). */
    public String kindSuffix() {
        String v = version.toLowerCase(Locale.ROOT);
        return group.isEmpty() ? "-" + v : "-" + group.split("\\.")[0].toLowerCase(Locale.ROOT) + "-" + v;
    }

    /** {@code deployment-apps-v1.json}. */
    public String fileName() {
        return kind.toLowerCase(Locale.ROOT) + kindSuffix() + ".json";
    }

    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    // written out: a record's own equals and hashCode go through method handles, and this key is
    // looked up once per object validated, so a cold run spun classes for them on its first objects
    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaKey k && group.equals(k.group) && version.equals(k.version) && kind.equals(k.kind);
    }

    @Override
    public int hashCode() {
        return (group.hashCode() * 31 + version.hashCode()) * 31 + kind.hashCode();
    }

    @Override
    public String toString() {
        return apiVersion() + " " + kind;
    }
}
