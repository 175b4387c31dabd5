package org.maestroperf.deploy.runner.cluster;

import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.bundle.BundleSource;

/**
 * A bundle loaded and a connection made for it, the bundle moved into the namespace the connection
 * settled on (the options' namespace, else the bundle's own, else the kubeconfig's). Closing it
 * closes the connection.
 *
 * @param cluster the connection
 * @param bundle  the bundle, in the connection's namespace
 */
public record BundleOnCluster(Cluster cluster, Bundle bundle) implements AutoCloseable {

    /**
     * Loads the bundle, then connects (lazily: no request is made here).
     *
     * @param source  where the bundle comes from
     * @param options how to reach the cluster
     * @return the bundle and its connection
     */
    public static BundleOnCluster open(BundleSource source, ConnectOptions options) {
        Bundle loaded = source.load();
        Cluster cluster = ClusterConnector.connect(options, loaded.namespace().orElse(null));
        return new BundleOnCluster(cluster, loaded.inNamespace(cluster.namespace()));
    }

    @Override
    public void close() {
        cluster.close();
    }
}
