package org.maestroperf.deploy.cli;

import java.nio.file.Path;

import io.fabric8.kubernetes.client.KubernetesClientException;

import org.maestroperf.deploy.runner.cluster.ApiErrors;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.cluster.ClusterConnector;
import org.maestroperf.deploy.runner.cluster.ConnectOptions;

import picocli.CommandLine.Option;

/**
 * Which cluster, as kubectl spells it: --kubeconfig and --context. Remembers the connection it made,
 * so that an API failure of the command is told with that server's address and context.
 */
final class ConnectionOptions {

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "Kubeconfig file (default: $KUBECONFIG, several files merged, then ~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "Kubeconfig context (default: the current one).")
    String context;

    private Cluster connected;

    /** Connects; see {@link ClusterConnector#connect}. */
    Cluster connect(String namespace, String fallbackNamespace) {
        connected = ClusterConnector.connect(new ConnectOptions(kubeconfig, context, namespace), fallbackNamespace);
        return connected;
    }

    /** The one line for an API failure on the connection made (see {@link ApiErrors}). */
    String describe(KubernetesClientException e) {
        return ApiErrors.describe(e, connected);
    }
}
