package org.maestroperf.deploy.runner.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;

import static org.maestroperf.deploy.runner.preflight.Forbidden.skipIfForbidden;

/** The bundle's fixed NodePorts are not held by other Services (ours from an earlier apply are fine). */
final class NodePortCheck implements PreflightCheck {

    @Override
    public List<PreflightProblem> check(PreflightContext context) {
        List<Service> ours = context.bundle().infrastructure().stream()
                .filter(Service.class::isInstance).map(Service.class::cast)
                .filter(s -> s.getSpec().getPorts().stream().anyMatch(p -> p.getNodePort() != null))
                .toList();
        if (ours.isEmpty()) {
            return List.of();
        }
        return skipIfForbidden(() -> {
            List<Service> existing = context.cluster().client().services().inAnyNamespace().list().getItems();
            List<PreflightProblem> problems = new ArrayList<>();
            for (Service service : ours) {
                for (ServicePort port : service.getSpec().getPorts()) {
                    if (port.getNodePort() == null) {
                        continue;
                    }
                    existing.stream()
                            .filter(other -> !(Objects.equals(other.getMetadata().getNamespace(), context.cluster().namespace())
                                    && other.getMetadata().getName().equals(service.getMetadata().getName())))
                            .filter(other -> other.getSpec().getPorts() != null && other.getSpec().getPorts().stream()
                                    .anyMatch(p -> port.getNodePort().equals(p.getNodePort())))
                            .findFirst()
                            .ifPresent(other -> problems.add(new PreflightProblem("node-ports", "Service "
                                    + service.getMetadata().getName() + " wants NodePort " + port.getNodePort()
                                    + ", already taken by Service " + other.getMetadata().getNamespace() + "/"
                                    + other.getMetadata().getName(),
                                    "choose another node port in the profile, or remove that Service")));
                }
            }
            return problems;
        });
    }
}
