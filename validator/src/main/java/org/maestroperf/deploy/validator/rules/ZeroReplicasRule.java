package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;

/** {@code replicas: 0} deploys a component that never runs. */
final class ZeroReplicasRule extends Rule {

    private static final Set<String> SCALABLE = Set.of("Deployment", "ReplicaSet", "StatefulSet", "ReplicationController",
            "DeploymentConfig");

    ZeroReplicasRule() {
        super("zero-replicas", Severity.WARNING,
                "no workload with replicas: 0");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.manifests().stream().filter(m -> SCALABLE.contains(m.kind()))
                .filter(m -> "0".equals(m.root().path("spec", "replicas").text()))
                .forEach(m -> out.add(finding(m, "/spec/replicas", "replicas: 0 runs no pods")));
        return out;
    }
}
