package org.maestroperf.deploy.cli;

import java.nio.file.Path;

import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.cluster.ClusterConnector;
import org.maestroperf.deploy.runner.cluster.ConnectOptions;

import picocli.CommandLine.Option;

/** The connection flags every cluster command shares, as kubectl spells them. */
final class ClusterOptions {

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "Kubeconfig file (default: $KUBECONFIG, then ~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "Kubeconfig context (default: the current one).")
    String context;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "Namespace (default: the bundle's, then the context's).")
    String namespace;

    ConnectOptions options() {
        return new ConnectOptions(kubeconfig, context, namespace);
    }

    /** Connects; {@code bundleNamespace} (may be null) wins over the kubeconfig's namespace, -n over both. */
    Cluster connect(String bundleNamespace) {
        return ClusterConnector.connect(options(), bundleNamespace);
    }
}
