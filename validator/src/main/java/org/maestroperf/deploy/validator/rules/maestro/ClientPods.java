package org.maestroperf.deploy.validator.rules.maestro;

import java.util.Map;
import java.util.stream.Stream;

import org.maestroperf.deploy.validator.rules.ManifestSet;
import org.maestroperf.deploy.validator.rules.PodTemplates;

/** The Maestro client containers of a bundle, each with the environment it will get. */
final class ClientPods {

    /** A client container in its workload. */
    record Client(PodTemplates.Pods pods, PodTemplates.Container container, Map<String, ClientEnv.Var> env) {
        /** The test case path from TEST_CASE, or null when unset or unknown. */
        String testCase() {
            ClientEnv.Var v = env.get("TEST_CASE");
            return v == null ? null : v.value();
        }
    }

    private ClientPods() {
    }

    static Stream<Client> of(ManifestSet manifests) {
        return manifests.pods()
                .filter(p -> Components.of(p).filter("client"::equals).isPresent())
                .flatMap(p -> p.containers().stream()
                        .filter(c -> c.value().get("image").textOr("").contains("maestro-client"))
                        .map(c -> new Client(p, c, ClientEnv.of(manifests, p.manifest(), c))));
    }
}
