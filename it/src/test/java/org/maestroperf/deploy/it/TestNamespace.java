package org.maestroperf.deploy.it;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.cluster.ClusterConnector;
import org.maestroperf.deploy.runner.cluster.ConnectOptions;

/**
 * A fresh namespace name on the real cluster and a connection (with the kubeconfig's own rights)
 * working in it, the way {@code -n} gives one to a command. Closing deletes the namespace and waits
 * until it is gone: NodePorts are cluster-wide, so the next test's bundle needs them free.
 */
final class TestNamespace implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration GONE_WITHIN = Duration.ofSeconds(90);

    private final Cluster cluster;

    private TestNamespace(Cluster cluster) {
        this.cluster = cluster;
    }

    static TestNamespace fresh() {
        String name = "maestro-it-" + Long.toString(RANDOM.nextLong() >>> 1, 36).substring(0, 8);
        return new TestNamespace(ClusterConnector.connect(new ConnectOptions(RealCluster.Settings.kubeconfig(),
                RealCluster.Settings.context(), name), null));
    }

    String name() {
        return cluster.namespace();
    }

    Cluster cluster() {
        return cluster;
    }

    KubernetesClient client() {
        return cluster.client();
    }

    /** Creates the namespace, for bundles that do not create it themselves. */
    TestNamespace create() {
        client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name()).endMetadata().build())
                .create();
        return this;
    }

    boolean exists() {
        return client().namespaces().withName(name()).get() != null;
    }

    /** Waits until the namespace is gone (the namespace controller empties it first). */
    void awaitGone() {
        Instant until = Instant.now().plus(GONE_WITHIN);
        while (exists()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("namespace " + name() + " still exists after " + GONE_WITHIN.toSeconds() + " s");
            }
            Eventually.pause();
        }
    }

    @Override
    public void close() {
        try {
            client().namespaces().withName(name()).delete();
            awaitGone();
        } finally {
            cluster.close();
        }
    }
}
