package org.maestroperf.deploy.cli;

import org.maestroperf.deploy.diff.BundleDiff;
import org.maestroperf.deploy.diff.Differ;
import org.maestroperf.deploy.diff.KubeObject;
import org.maestroperf.deploy.diff.Side;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.diff.ApplyPreview;

/**
 * The live diff of {@code diff BUNDLE} and {@code run --diff}: the runner's preview of the apply
 * (what the cluster has, what the apply would make of it) compared by the diff engine. Here because
 * the runner and the diff module may not use each other; the command line uses both.
 */
final class LiveDiff {

    private LiveDiff() {
    }

    static BundleDiff compute(Cluster cluster, Bundle bundle, String bundleLabel) {
        return compare(ApplyPreview.of(cluster, bundle), bundleLabel);
    }

    /** The preview as two sides: the live objects, with the fields other managers own, and what the apply makes. */
    static BundleDiff compare(ApplyPreview preview, String bundleLabel) {
        Side live = new Side(preview.cluster(), preview.live().stream().map(v -> KubeObject.live(v.origin(), v.tree()))
                .toList());
        Side applied = new Side(bundleLabel, preview.applied().stream().map(v -> KubeObject.of(v.origin(), v.tree()))
                .toList());
        return Differ.compare(live, applied);
    }
}
