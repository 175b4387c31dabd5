package org.maestroperf.deploy.validator.rules.maestro;

import java.util.Optional;

import org.maestroperf.deploy.validator.rules.PodTemplates;

/** Which Maestro component a workload runs, told by its images, and the node role it belongs on. */
final class Components {

    private Components() {
    }

    private static final java.util.Set<String> KNOWN = java.util.Set.of("broker", "reports", "worker", "inspector", "agent",
            "exporter", "client", "sender", "receiver");

    /** broker, reports, worker, inspector, agent, exporter or client (sender and receiver: the workers of Maestro 1.4). */
    static Optional<String> of(PodTemplates.Pods pods) {
        for (PodTemplates.Container c : pods.containers()) {
            String repo = repository(c.value().get("image").textOr(""));
            if (repo.equals("eclipse-mosquitto")) {
                return Optional.of("broker");
            }
            if (repo.startsWith("maestro-") && KNOWN.contains(repo.substring("maestro-".length()))) {
                return Optional.of(repo.substring("maestro-".length()));
            }
        }
        return Optional.empty();
    }

    /** The last path segment of an image reference without tag or digest: {@code maestro-worker}. */
    private static String repository(String image) {
        int slash = image.lastIndexOf('/');
        String name = image.substring(slash + 1);
        int end = name.indexOf('@');
        int colon = name.indexOf(':');
        if (colon >= 0 && (end < 0 || colon < end)) {
            end = colon;
        }
        return end < 0 ? name : name.substring(0, end);
    }

    /** The node role a component should be scheduled on. */
    static String role(String component) {
        return switch (component) {
            case "worker", "agent", "sender", "receiver" -> "worker";
            default -> "infra";
        };
    }
}
