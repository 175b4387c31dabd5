package org.maestroperf.deploy.runner.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.utils.Utils;

import org.maestroperf.deploy.diag.UserException;

/**
 * Builds a client the way kubectl finds its configuration: --kubeconfig, then $KUBECONFIG (several
 * files merged), then ~/.kube/config, then the service account of a pod. The cluster the user named,
 * or an error: a context, kubeconfig or current-context that is not there is refused before any
 * request is sent, never replaced by another.
 */
public final class ClusterConnector {

    private static final int REQUEST_RETRIES = 3;
    /** fabric8's name for the kubeconfig location: the system property, else $KUBECONFIG. */
    private static final String KUBECONFIG = Config.KUBERNETES_KUBECONFIG_FILE;

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
        Path explicit = options.kubeconfig();
        if (explicit != null) {
            if (!Files.isRegularFile(explicit) || !Files.isReadable(explicit)) {
                throw new UserException("--kubeconfig " + explicit + ": no such readable file");
            }
            String context = Kubeconfig.read(List.of(explicit)).select(options.context());
            return Config.fromKubeconfig(context, explicit.toFile());
        }
        List<Path> named = Config.getKubeconfigFilenames().stream().map(Path::of).toList();
        // as kubectl: files of $KUBECONFIG that do not exist are skipped
        List<Path> present = named.stream().filter(Files::isRegularFile).toList();
        if (!present.isEmpty()) {
            return Config.autoConfigure(Kubeconfig.read(present).select(options.context()));
        }
        if (inCluster()) {
            if (options.context() != null) {
                throw new UserException("--context " + options.context() + ": there is no kubeconfig to take it"
                        + " from (inside a cluster only the pod's service account is used)");
            }
            return Config.autoConfigure(null);
        }
        String missing = Utils.getSystemPropertyOrEnvVar(KUBECONFIG) != null
                ? " (KUBECONFIG names " + String.join(", ", named.stream().map(Path::toString).toList())
                        + ", none of which exists)"
                : " (" + String.join(", ", named.stream().map(Path::toString).toList()) + " does not exist)";
        throw new UserException("no kubeconfig: set KUBECONFIG, pass --kubeconfig, or run inside a cluster" + missing);
    }

    /** A pod with a service account: the API server's address in its environment and a token mounted. */
    private static boolean inCluster() {
        return Utils.getSystemPropertyOrEnvVar(Config.KUBERNETES_SERVICE_HOST_PROPERTY) != null
                && Files.isRegularFile(Path.of(Config.KUBERNETES_SERVICE_ACCOUNT_TOKEN_PATH));
    }
}
