package org.maestroperf.deploy.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The comparison: two sides in, their differences out. Objects are matched by {@link ObjectKey};
 * server-managed fields are dropped and Secret values masked before anything is compared; changed
 * fields that another field manager set on the cluster name that manager; each differing object
 * gets its meaning for Maestro. The same input always gives the same, equally ordered, result.
 */
public final class Differ {

    private Differ() {
    }

    public static BundleDiff compare(Side old, Side nu) {
        Map<ObjectKey, KubeObject> before = old.byKey();
        Map<ObjectKey, KubeObject> after = nu.byKey();
        TreeSet<ObjectKey> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        // objects are independent: a campaign's thousands compare on every core, results in key order
        List<ObjectDiff> compared = new ArrayList<>(keys).parallelStream()
                .map(key -> compare(key, before.get(key), after.get(key))).toList();
        List<ObjectDiff> differing = compared.stream().filter(Objects::nonNull).toList();
        return new BundleDiff(old.label(), nu.label(), differing, keys.size() - differing.size());
    }

    /** One object's differences, or null when it is the same on both sides. */
    private static ObjectDiff compare(ObjectKey key, KubeObject a, KubeObject b) {
        if (a != null && b != null && a.tree() == b.tree()) {
            // one document read for both sides (the same text): nothing to compare
            return null;
        }
        Map<String, Object> old = a == null ? null : ServerFields.strip(a.tree());
        Map<String, Object> nu = b == null ? null : ServerFields.strip(b.tree());
        if (Secrets.isSecret(key)) {
            Secrets.Pair masked = Secrets.mask(old, nu);
            old = masked.old();
            nu = masked.nu();
        }
        Change change;
        List<FieldChange> fields = List.of();
        if (a == null) {
            change = Change.ADDED;
        } else if (b == null) {
            change = Change.REMOVED;
        } else {
            fields = TreeComparison.compare(old, nu);
            if (fields.isEmpty()) {
                return null;
            }
            change = Change.CHANGED;
            fields = withOwners(fields, a.foreignOwners());
            old = Alignment.align(old, nu);
        }
        String apiVersion = (b != null ? b : a).apiVersion();
        ObjectDiff diff = new ObjectDiff(key, apiVersion, change, a == null ? null : a.origin(),
                b == null ? null : b.origin(), old, nu, fields, "");
        return new ObjectDiff(key, apiVersion, change, diff.oldOrigin(), diff.newOrigin(), old, nu, fields,
                MaestroMeaning.of(diff));
    }

    private static List<FieldChange> withOwners(List<FieldChange> fields, Map<String, String> owners) {
        if (owners.isEmpty()) {
            return fields;
        }
        return fields.stream().map(f -> {
            String by = FieldOwners.ownerOf(f.path(), owners);
            return by == null ? f : f.withChangedBy(by);
        }).toList();
    }
}
