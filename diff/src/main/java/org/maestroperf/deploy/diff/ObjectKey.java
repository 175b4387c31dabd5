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

    // spelt out: a record's generated equals and hashCode are bootstrapped through method handles on
    // first use, dozens of classes spun at the start of every run (this key is hashed for every object)
    @Override
    public boolean equals(Object other) {
        return other instanceof ObjectKey key && kind.equals(key.kind) && namespace.equals(key.namespace)
                && name.equals(key.name);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + namespace.hashCode()) * 31 + name.hashCode();
    }

    /** {@code Deployment maestro/maestro-broker}, or {@code Namespace maestro} for a cluster-scoped object. */
    public String describe() {
        return kind + " " + (namespace.isEmpty() ? name : namespace + "/" + name);
    }
}
