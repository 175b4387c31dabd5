package org.maestroperf.deploy.diff;

/**
 * One changed field of a changed object.
 *
 * @param path      where, in {@link FieldPaths} syntax, e.g. {@code spec.template.spec.containers[name=broker].image}
 * @param change    added (only {@code newValue}), removed (only {@code oldValue}) or changed (both)
 * @param oldValue  the old value (a subtree for a map or list item); null when added
 * @param newValue  the new value; null when removed
 * @param changedBy the field managers other than maestro-deploy that own the old value on the
 *                  cluster (an edit made there, which the apply reverts), or null
 */
public record FieldChange(String path, Change change, Object oldValue, Object newValue, String changedBy) {

    FieldChange withChangedBy(String managers) {
        return new FieldChange(path, change, oldValue, newValue, managers);
    }
}
