package org.maestroperf.deploy.runner.apply;

import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.runner.cluster.Cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests the Applier sends, against a mock server that answers only what each test expects. */
@EnableKubernetesMockClient
class ApplierTest {

    KubernetesMockServer server;
    KubernetesClient client;

    private Applier applier() {
        return new Applier(new Cluster(client, "ns"), false);
    }

    @Test
    void servicePortsWithoutProtocolAreAppliedWithTcpAndTheBundlesObjectIsLeftAlone() throws Exception {
        Service service = new ServiceBuilder().withNewMetadata().withName("broker").withNamespace("ns").endMetadata()
                .withNewSpec().addNewPort().withName("mqtt").withPort(1883).endPort()
                .addNewPort().withName("dns").withPort(53).withProtocol("UDP").endPort().endSpec().build();
        server.expect().patch().withPath("/api/v1/namespaces/ns/services/broker?fieldManager=maestro-deploy&force=true")
                .andReturn(200, service).once();

        applier().apply(service);

        String body = server.takeRequest().getBody().readUtf8();
        assertThat(body).contains("\"name\":\"mqtt\"").contains("\"protocol\":\"TCP\"").contains("\"protocol\":\"UDP\"");
        assertThat(service.getSpec().getPorts().get(0).getProtocol()).isNull();
    }

    @Test
    void otherObjectsAreAppliedAsTheyAre() {
        HasMetadata configMap = new ConfigMapBuilder().withNewMetadata().withName("c").endMetadata().build();
        assertThat(Applier.withPortProtocols(configMap)).isSameAs(configMap);
    }

    @Test
    void checkAsNewCountsAlreadyExistsAsPassedAndThrowsEveryOtherRefusal() throws Exception {
        HasMetadata configMap = new ConfigMapBuilder().withNewMetadata().withName("c").withNamespace("ns").endMetadata()
                .withData(Map.of("a", "b")).build();
        server.expect().post().withPath("/api/v1/namespaces/ns/configmaps?dryRun=All").andReturn(409, new StatusBuilder()
                .withCode(409).withReason("AlreadyExists").withMessage("configmaps \"c\" already exists").build()).once();
        server.expect().post().withPath("/api/v1/namespaces/ns/configmaps?dryRun=All").andReturn(409, new StatusBuilder()
                .withCode(409).withReason("Conflict").withMessage("operation cannot be fulfilled").build()).once();
        server.expect().post().withPath("/api/v1/namespaces/ns/configmaps?dryRun=All").andReturn(422, new StatusBuilder()
                .withCode(422).withReason("Invalid").withMessage("ConfigMap \"c\" is invalid").build()).once();

        applier().checkAsNew(configMap);
        assertThatThrownBy(() -> applier().checkAsNew(configMap)).isInstanceOfSatisfying(KubernetesClientException.class,
                e -> assertThat(e.getCode()).isEqualTo(409));
        assertThatThrownBy(() -> applier().checkAsNew(configMap)).isInstanceOfSatisfying(KubernetesClientException.class,
                e -> assertThat(e.getStatus().getMessage()).isEqualTo("ConfigMap \"c\" is invalid"));
        assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
    }
}
