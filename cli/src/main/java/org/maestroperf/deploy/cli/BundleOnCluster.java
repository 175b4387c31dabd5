package org.maestroperf.deploy.cli;

import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;

/**
 * A bundle loaded and a connection made for it, the bundle moved into the namespace the connection
 * settled on (-n, else the bundle's own, else the kubeconfig's). Closing it closes the connection.
 */
record BundleOnCluster(Cluster cluster, Bundle bundle) implements AutoCloseable {

    static BundleOnCluster open(BundleArgument bundleArgument, ClusterOptions clusterOptions) {
        return open(bundleArgument.load(clusterOptions.namespace), clusterOptions);
    }

    /** @param loaded the bundle, already moved to -n's namespace when -n was given */
    static BundleOnCluster open(Bundle loaded, ClusterOptions clusterOptions) {
        Cluster cluster = clusterOptions.connect(loaded.namespace().orElse(null));
        return new BundleOnCluster(cluster, loaded.inNamespace(cluster.namespace()));
    }

    @Override
    public void close() {
        cluster.close();
    }
}
