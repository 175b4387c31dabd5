package org.maestroperf.deploy.runner.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;

/** A connected client and the namespace every namespaced operation of this run uses. */
public record Cluster(KubernetesClient client, String namespace) implements AutoCloseable {

    /** The same connection working in another namespace. */
    public Cluster inNamespace(String other) {
        return new Cluster(client, other);
    }

    @Override
    public void close() {
        client.close();
    }
}
