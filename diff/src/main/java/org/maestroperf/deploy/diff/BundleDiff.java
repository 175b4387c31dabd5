package org.maestroperf.deploy.diff;

import java.util.List;

/**
 * The differences between two sides: every added, removed or changed object, ordered by
 * {@link ObjectKey}, and how many objects are the same on both.
 */
public record BundleDiff(String oldLabel, String newLabel, List<ObjectDiff> objects, int unchanged) {

    public BundleDiff {
        objects = List.copyOf(objects);
    }

    public boolean hasDifferences() {
        return !objects.isEmpty();
    }

    public long count(Change change) {
        return objects.stream().filter(o -> o.change() == change).count();
    }

    /** {@code 1 changed, 2 added, 0 removed, 11 unchanged}. */
    public String summary() {
        return count(Change.CHANGED) + " changed, " + count(Change.ADDED) + " added, " + count(Change.REMOVED)
                + " removed, " + unchanged + " unchanged";
    }
}
