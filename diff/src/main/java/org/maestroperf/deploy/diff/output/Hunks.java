package org.maestroperf.deploy.diff.output;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import org.maestroperf.deploy.diff.ObjectDiff;

/** The unified-diff hunks of one object's YAML, old against new, with three lines of context. */
final class Hunks {

    static final int CONTEXT = 3;

    private Hunks() {
    }

    /** The {@code @@} lines and the lines they hold (no {@code ---}/{@code +++} header). */
    static List<String> of(ObjectDiff diff) {
        List<String> old = YamlLines.of(diff.oldTree());
        List<String> nu = YamlLines.of(diff.newTree());
        if (old.isEmpty() || nu.isEmpty()) {
            // a whole object added or removed: one hunk, numbered from line 0 of the empty side as diff -N does
            boolean added = old.isEmpty();
            List<String> lines = added ? nu : old;
            List<String> hunk = new java.util.ArrayList<>(lines.size() + 1);
            hunk.add(added ? "@@ -0,0 +1," + lines.size() + " @@" : "@@ -1," + lines.size() + " +0,0 @@");
            lines.forEach(line -> hunk.add((added ? "+" : "-") + line));
            return hunk;
        }
        Patch<String> patch = DiffUtils.diff(old, nu);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("old", "new", old, patch, CONTEXT);
        // the first two lines are the ---/+++ header, which each writer makes its own
        return unified.size() <= 2 ? List.of() : unified.subList(2, unified.size());
    }

    /** The name kubectl diff gives an object's file: {@code apps.v1.Deployment.maestro.maestro-broker}. */
    static String fileName(ObjectDiff diff) {
        String groupVersion = diff.apiVersion().replace('/', '.');
        String namespace = diff.key().namespace();
        return (groupVersion.isEmpty() ? "" : groupVersion + ".") + diff.key().kind() + "."
                + (namespace.isEmpty() ? "" : namespace + ".") + diff.key().name();
    }
}
