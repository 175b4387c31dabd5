package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.ScalarValue;
import org.maestroperf.deploy.validator.source.Value;

/**
 * A Service's named targetPort must be a named container port on the pods it selects (an error:
 * no endpoints), a numbered one should be declared by them (a warning: containerPort is optional).
 */
final class ServiceTargetPortRule extends Rule {

    ServiceTargetPortRule() {
        super("service-target-port", Severity.ERROR,
                "each Service targetPort (name or number) exists on the pods the Service selects");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        Services.withSelector(manifests).forEach(s -> {
            List<PodTemplates.Pods> pods = Services.selectedPods(manifests, s);
            List<Value> ports = s.root().path("spec", "ports").items();
            for (int i = 0; i < ports.size(); i++) {
                Value target = ports.get(i).get("targetPort");
                if (target.isMissing()) {
                    target = ports.get(i).get("port");
                }
                boolean named = target instanceof ScalarValue sv && sv.isString() && !sv.text().matches("\\d+");
                for (PodTemplates.Pods p : pods) {
                    if (!declares(p, target.textOr(""), named)) {
                        Finding f = finding(s, "/spec/ports/" + i + (ports.get(i).get("targetPort").isMissing() ? "/port" : "/targetPort"),
                                "target port '" + target.textOr("") + "' is not " + (named ? "a named" : "a declared")
                                        + " container port of " + p.manifest().describe());
                        out.add(named ? f : f.withSeverity(Severity.WARNING));
                    }
                }
            }
        });
        return out;
    }

    private static boolean declares(PodTemplates.Pods p, String port, boolean named) {
        for (PodTemplates.Container c : p.containers()) {
            for (Value cp : c.value().get("ports").items()) {
                if (port.equals(cp.get(named ? "name" : "containerPort").text())) {
                    return true;
                }
            }
        }
        return false;
    }
}
