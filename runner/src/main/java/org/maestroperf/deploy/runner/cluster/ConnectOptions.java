package org.maestroperf.deploy.runner.cluster;

import java.nio.file.Path;

/**
 * How to reach the cluster; every field may be null (then kubectl's rules apply).
 *
 * @param kubeconfig the kubeconfig file; null for {@code $KUBECONFIG}, then {@code ~/.kube/config}
 * @param context    the kubeconfig context; null for its current one
 * @param namespace  the namespace; null for the bundle's, then the context's
 */
public record ConnectOptions(Path kubeconfig, String context, String namespace) {

    /**
     * Auto-detected kubeconfig, its current context and namespace.
     *
     * @return the options kubectl would use
     */
    public static ConnectOptions defaults() {
        return new ConnectOptions(null, null, null);
    }
}
