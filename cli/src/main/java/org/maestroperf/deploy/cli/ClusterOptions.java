package org.maestroperf.deploy.cli;

import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.cluster.ConnectOptions;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The connection flags of every command that works in a namespace, as kubectl spells them. */
final class ClusterOptions {

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "Namespace (default: the bundle's, then the context's).")
    String namespace;

    ConnectOptions options() {
        return new ConnectOptions(connection.kubeconfig, connection.context, namespace);
    }

    /** Connects; {@code bundleNamespace} (may be null) wins over the kubeconfig's namespace, -n over both. */
    Cluster connect(String bundleNamespace) {
        return connection.connect(namespace, bundleNamespace);
    }
}
