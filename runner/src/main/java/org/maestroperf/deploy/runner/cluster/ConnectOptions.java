package org.maestroperf.deploy.runner.cluster;

import java.nio.file.Path;

/** How to reach the cluster; every field may be null (then kubectl's rules apply). */
public record ConnectOptions(Path kubeconfig, String context, String namespace) {

    /** Auto-detected kubeconfig, its current context and namespace. */
    public static ConnectOptions defaults() {
        return new ConnectOptions(null, null, null);
    }
}
