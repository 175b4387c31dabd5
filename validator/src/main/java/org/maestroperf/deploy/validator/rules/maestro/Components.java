package org.maestroperf.deploy.validator.rules.maestro;

import java.util.Optional;

import org.maestroperf.deploy.validator.rules.PodTemplates;

/** Which Maestro component a workload runs, told by its images, and the node role it belongs on. */
final class Components {

    private Components() {
    }

    /** broker, reports, worker, inspector, agent, exporter or client. */
    static Optional<String> of(PodTemplates.Pods pods) {
        for (PodTemplates.Container c : pods.containers()) {
            String image = c.value().get("image").textOr("");
            String repo = image.replaceFirst("[:@].*$", "");
            repo = repo.substring(repo.lastIndexOf('/') + 1);
            if (repo.equals("eclipse-mosquitto")) {
                return Optional.of("broker");
            }
            if (repo.startsWith("maestro-")) {
                return Optional.of(repo.substring("maestro-".length()));
            }
        }
        return Optional.empty();
    }

    /** The node role a component should be scheduled on. */
    static String role(String component) {
        return component.equals("worker") || component.equals("agent") ? "worker" : "infra";
    }
}
