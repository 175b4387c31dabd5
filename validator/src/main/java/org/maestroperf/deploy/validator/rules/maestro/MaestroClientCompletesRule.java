package org.maestroperf.deploy.validator.rules.maestro;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.rules.ManifestSet;
import org.maestroperf.deploy.validator.rules.PodTemplates;
import org.maestroperf.deploy.validator.rules.Rule;

/**
 * The client runs one test and must be able to finish: a Pod or Job that does not restart, and
 * no long-lived sidecar container keeping the pod alive after the test.
 */
public final class MaestroClientCompletesRule extends Rule {

    private static final Set<String> NEVER_COMPLETE = Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet",
            "ReplicationController", "DeploymentConfig");

    public MaestroClientCompletesRule() {
        super("maestro-client-completes", Severity.ERROR,
                "the client can finish: a Pod or Job with restartPolicy Never or OnFailure and no long-lived sidecar");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.pods().filter(p -> Components.of(p).filter("client"::equals).isPresent()).forEach(p -> {
            String kind = p.manifest().kind();
            if (NEVER_COMPLETE.contains(kind)) {
                out.add(finding(p.manifest(), "/kind", "a " + kind + " restarts its pods for ever; run the client as a Job or Pod"));
                return;
            }
            String policy = p.podSpec().get("restartPolicy").textOr("Always");
            if (policy.equals("Always")) {
                out.add(finding(p.manifest(), p.spec() + (p.podSpec().get("restartPolicy").isMissing() ? "" : "/restartPolicy"),
                        "restartPolicy " + policy + (p.podSpec().get("restartPolicy").isMissing() ? " (the default)" : "")
                                + " restarts the client after the test; use Never or OnFailure"));
            }
            for (PodTemplates.Container c : p.containers()) {
                if (!c.init() && !c.value().get("image").textOr("").contains("maestro-client")) {
                    out.add(finding(p.manifest(), c.pointer(), "container '" + c.name()
                            + "' runs beside the client and keeps the pod running after the test; drop it or make it a native sidecar"));
                }
            }
        });
        return out;
    }
}
