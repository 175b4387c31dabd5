package org.maestroperf.deploy.diff;

import java.util.Comparator;

/**
 * What matches an object of one side with the same object of the other: kind, namespace ("" when
 * cluster-scoped or not given) and name. Ordered by kind, then namespace, then name.
 */
public record ObjectKey(String kind, String namespace, String name) implements Comparable<ObjectKey> {

    private static final Comparator<ObjectKey> ORDER = Comparator.comparing(ObjectKey::kind)
            .thenComparing(ObjectKey::namespace).thenComparing(ObjectKey::name);

    @Override
    public int compareTo(ObjectKey other) {
        return ORDER.compare(this, other);
    }

    /** {@code Deployment maestro/maestro-broker}, or {@code Namespace maestro} for a cluster-scoped object. */
    public String describe() {
        return kind + " " + (namespace.isEmpty() ? name : namespace + "/" + name);
    }
}
