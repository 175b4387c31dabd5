package org.maestroperf.deploy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.contract.RenderedObject;
import org.maestroperf.deploy.diag.UserException;

/** The request's with-methods: a new value each time, and Java values as typed overrides. */
class GenerationRequestTest {

    @Test
    void eachWithReturnsANewRequestAndLeavesTheOldOneAlone() {
        GenerationRequest base = GenerationRequest.of("kubernetes-mosquitto");
        GenerationRequest refined = base.withSet("worker.replicas=3").withTestCases(Path.of("a.yaml"))
                .withTemplates(Path.of("templates"));

        assertThat(base).isEqualTo(new GenerationRequest(List.of("kubernetes-mosquitto"), List.of(), List.of(), null));
        assertThat(refined.sets()).containsExactly("worker.replicas=3");
        assertThat(refined.testCases()).containsExactly(Path.of("a.yaml"));
        assertThat(refined.templates()).isEqualTo(Path.of("templates"));
    }

    @Test
    void theRequestDoesNotChangeWhenTheCallersListDoes() {
        List<String> profiles = new ArrayList<>(List.of("kubernetes-mosquitto"));
        GenerationRequest request = GenerationRequest.fromProfiles(profiles);
        profiles.add("okd-mosquitto");
        assertThat(request.profiles()).containsExactly("kubernetes-mosquitto");
    }

    @Test
    void javaValuesBecomeOverridesOfTheirOwnType() {
        GenerationRequest request = GenerationRequest.of("kubernetes-mosquitto")
                .withSet("worker.replicas", 4).withSet("reports.host", "maestro.example.com: #x")
                .withSet("worker.env[JAVA_OPTS].value", null).withSet("platform.createNamespace", true);
        assertThat(request.sets()).containsExactly("worker.replicas=4", "reports.host=\"maestro.example.com: #x\"",
                "worker.env[JAVA_OPTS].value=null", "platform.createNamespace=true");
    }

    @Test
    void aNumberRendersAsTheWorkersReplicas() {
        CheckedBundle bundle = Pipeline.render(GenerationRequest.of("kubernetes-mosquitto").withSet("worker.replicas", 4));
        assertThat(bundle.valid()).isTrue();
        assertThat(bundle.bundle().objects()).filteredOn(o -> o.file().equals("worker/worker-deployment.yaml"))
                .map(RenderedObject::yaml).singleElement().asString().contains("replicas: 4");
    }

    @Test
    void aStringThatLooksLikeANumberStaysAStringAndIsRefusedWhereANumberBelongs() {
        assertThatThrownBy(() -> Pipeline.render(GenerationRequest.of("kubernetes-mosquitto").withSet("worker.replicas", "4")))
                .isInstanceOf(UserException.class).hasMessageContaining("--set worker.replicas=\"4\"");
    }

    @Test
    void aValueOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> GenerationRequest.of("kubernetes-mosquitto").withSet("worker.replicas", 4.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Double");
    }
}
