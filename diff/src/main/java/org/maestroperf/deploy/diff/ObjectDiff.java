package org.maestroperf.deploy.diff;

import java.util.List;
import java.util.Map;

/**
 * One object that differs between the sides.
 *
 * @param key        its identity
 * @param apiVersion the new side's apiVersion (the old one's when removed)
 * @param change     added, removed or changed
 * @param oldOrigin  where the old side's object came from; null when added
 * @param newOrigin  where the new side's object came from; null when removed
 * @param oldTree    the old object as compared (server-managed fields dropped, Secret values masked,
 *                   keys and named items in the new side's order); null when added
 * @param newTree    the new object as compared; null when removed
 * @param fields     the changed fields, in the new object's order (empty unless changed)
 * @param meaning    what the change means for Maestro, one line
 */
public record ObjectDiff(ObjectKey key, String apiVersion, Change change, String oldOrigin, String newOrigin,
                         Map<String, Object> oldTree, Map<String, Object> newTree, List<FieldChange> fields,
                         String meaning) {

    public ObjectDiff {
        fields = List.copyOf(fields);
    }

    /** The object as it is on the side that has it, the new one when both do. */
    public Map<String, Object> tree() {
        return newTree != null ? newTree : oldTree;
    }

    /** The managers that changed fields of this object on the cluster, comma-separated, or null. */
    public String changedBy() {
        List<String> managers = fields.stream().map(FieldChange::changedBy).filter(m -> m != null)
                .flatMap(m -> java.util.Arrays.stream(m.split(", "))).distinct().sorted().toList();
        return managers.isEmpty() ? null : String.join(", ", managers);
    }
}
