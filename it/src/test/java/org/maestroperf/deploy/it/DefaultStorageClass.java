package org.maestroperf.deploy.it;

import java.util.Map;

import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import org.maestroperf.deploy.runner.cluster.ClusterConnector;
import org.maestroperf.deploy.runner.cluster.ConnectOptions;

/**
 * A default StorageClass, which a bare API server lacks and the bundle's PVC needs (pre-flight
 * refuses a claim without a class otherwise). Made only when the cluster has no default class, and
 * removed again by {@link #close()} when it was made here.
 */
final class DefaultStorageClass implements AutoCloseable {

    static final String NAME = "maestro-it-standard";
    private static final String DEFAULT_ANNOTATION = "storageclass.kubernetes.io/is-default-class";

    private final KubernetesClient client;
    private final boolean made;

    private DefaultStorageClass(KubernetesClient client, boolean made) {
        this.client = client;
        this.made = made;
    }

    static DefaultStorageClass ensure() {
        KubernetesClient client = ClusterConnector.connect(new ConnectOptions(RealCluster.Settings.kubeconfig(),
                RealCluster.Settings.context(), "default"), null).client();
        boolean present = client.storage().v1().storageClasses().list().getItems().stream()
                .anyMatch(c -> c.getMetadata().getAnnotations() != null
                        && "true".equals(c.getMetadata().getAnnotations().get(DEFAULT_ANNOTATION)));
        if (!present) {
            StorageClass storageClass = new StorageClassBuilder().withNewMetadata().withName(NAME)
                    .withAnnotations(Map.of(DEFAULT_ANNOTATION, "true")).endMetadata()
                    // volumes come from the KubeletStandIn, reserved for their claims ahead of time
                    .withProvisioner("kubernetes.io/no-provisioner").withVolumeBindingMode("Immediate")
                    .withReclaimPolicy("Retain").build();
            client.storage().v1().storageClasses().resource(storageClass).create();
        }
        return new DefaultStorageClass(client, !present);
    }

    @Override
    public void close() {
        if (made) {
            client.storage().v1().storageClasses().withName(NAME).delete();
        }
        client.close();
    }
}
