package org.maestroperf.deploy.validator.rules;

import java.util.List;

import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/** What a Service selects and exposes. */
final class Services {

    private Services() {
    }

    /** The bundle's Services that select pods (a Service without a selector points at manual endpoints). */
    static List<Manifest> withSelector(ManifestSet manifests) {
        return manifests.ofKind("Service")
                .filter(s -> !Selectors.isEmpty(s.root().path("spec", "selector"))).toList();
    }

    /** The workloads (same namespace) whose pod labels the Service's selector matches. */
    static List<PodTemplates.Pods> selectedPods(ManifestSet manifests, Manifest service) {
        return manifests.podsSelectedBy(service.root().path("spec", "selector"), service.namespace());
    }

    /** Whether a Service exposes a port given by number or by name. */
    static boolean hasPort(Manifest service, Value port) {
        String wanted = port.text();
        if (wanted == null) {
            return true;
        }
        for (Value p : service.root().path("spec", "ports").items()) {
            if (wanted.equals(p.get("port").text()) || wanted.equals(p.get("name").text())) {
                return true;
            }
        }
        return false;
    }
}
