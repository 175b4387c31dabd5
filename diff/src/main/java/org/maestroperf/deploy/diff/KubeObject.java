package org.maestroperf.deploy.diff;

import java.util.Map;

import org.maestroperf.deploy.contract.BundleContract;

/**
 * One object of a side: its identity, where it came from ({@code file:line}, or where on the cluster),
 * its content as plain maps, lists and scalars, and which of its fields other field managers own.
 *
 * @param foreignOwners field path ({@link FieldPaths} syntax) to the field managers other than
 *                      maestro-deploy that own it on the cluster; empty for objects read from files
 */
public record KubeObject(ObjectKey key, String origin, Map<String, Object> tree, Map<String, String> foreignOwners) {

    public KubeObject {
        foreignOwners = Map.copyOf(foreignOwners);
    }

    /** An object read from a file: its key is taken from its own kind and metadata. */
    public static KubeObject of(String origin, Map<String, Object> tree) {
        return new KubeObject(keyOf(tree), origin, tree, Map.of());
    }

    /**
     * An object as the cluster has it: which of its fields managers other than maestro-deploy own is
     * read from its {@code metadata.managedFields} (see {@link FieldOwners}).
     */
    public static KubeObject live(String origin, Map<String, Object> tree) {
        return of(origin, tree).withForeignOwners(FieldOwners.foreign(tree, BundleContract.FIELD_MANAGER));
    }

    /** The same object with the fields other field managers own (see {@link FieldOwners}). */
    public KubeObject withForeignOwners(Map<String, String> owners) {
        return new KubeObject(key, origin, tree, owners);
    }

    public String apiVersion() {
        return text(tree.get("apiVersion"));
    }

    static ObjectKey keyOf(Map<String, Object> tree) {
        Object metadata = tree.get("metadata");
        Map<?, ?> meta = metadata instanceof Map<?, ?> m ? m : Map.of();
        return new ObjectKey(text(tree.get("kind")), text(meta.get("namespace")), text(meta.get("name")));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
