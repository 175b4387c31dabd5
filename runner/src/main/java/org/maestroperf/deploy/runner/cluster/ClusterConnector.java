package org.maestroperf.deploy.runner.cluster;

import java.nio.file.Files;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;

import org.maestroperf.deploy.diag.UserException;

/** Builds a client the way kubectl finds its configuration: --kubeconfig, then $KUBECONFIG, then ~/.kube/config. */
public final class ClusterConnector {

    private static final int REQUEST_RETRIES = 3;

    private ClusterConnector() {
    }

    /**
     * Connects lazily (no request is made here).
     *
     * @param fallbackNamespace used when neither the options nor the kubeconfig name a namespace
     */
    public static Cluster connect(ConnectOptions options, String fallbackNamespace) {
        Config config = config(options);
        String namespace = options.namespace() != null ? options.namespace()
                : fallbackNamespace != null ? fallbackNamespace
                : config.getNamespace() != null ? config.getNamespace() : "default";
        config.setNamespace(namespace);
        // fabric8 retries a failed request 10 times with exponential backoff (about 25 s): an unreachable
        // API should be reported within a second; watches reconnect on their own regardless
        config.setRequestRetryBackoffLimit(REQUEST_RETRIES);
        return new Cluster(new KubernetesClientBuilder().withConfig(config)
                .withHttpClientFactory(new JdkHttpClientFactory()).build(), namespace);
    }

    private static Config config(ConnectOptions options) {
        if (options.kubeconfig() == null) {
            return Config.autoConfigure(options.context());
        }
        if (!Files.isReadable(options.kubeconfig())) {
            throw new UserException("--kubeconfig " + options.kubeconfig() + ": no such readable file");
        }
        try {
            return Config.fromKubeconfig(options.context(), options.kubeconfig().toFile());
        } catch (RuntimeException e) {
            throw new UserException("--kubeconfig " + options.kubeconfig() + ": " + e.getMessage());
        }
    }
}
