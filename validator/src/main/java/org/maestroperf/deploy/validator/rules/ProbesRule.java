package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;

/** Long-running containers have a readiness and a liveness probe. */
final class ProbesRule extends Rule {

    private static final Set<String> LONG_RUNNING = Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet",
            "ReplicationController", "DeploymentConfig");

    /** Off by default, as in kube-linter: batch-like Maestro components have nothing to probe. */
    ProbesRule() {
        super("probes", Severity.WARNING,
                "containers of long-running workloads have readiness and liveness probes", OFF_BY_DEFAULT);
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.pods().filter(p -> LONG_RUNNING.contains(p.manifest().kind())).forEach(p -> p.containers().forEach(c -> {
            if (c.init()) {
                return;
            }
            List<String> missing = new ArrayList<>();
            for (String probe : List.of("readinessProbe", "livenessProbe")) {
                if (c.value().get(probe).isMissing()) {
                    missing.add(probe);
                }
            }
            if (!missing.isEmpty()) {
                out.add(finding(p.manifest(), c.pointer(), "container '" + c.name() + "' has no " + String.join(" or ", missing)));
            }
        }));
        return out;
    }
}
