package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.Value;

/** A controller's selector must select its own pod template (the API server refuses it otherwise). */
final class SelectorMatchRule extends Rule {

    SelectorMatchRule() {
        super("selector-match", Severity.ERROR,
                "Deployment, ReplicaSet, StatefulSet, DaemonSet, Job and DeploymentConfig selectors match their pod template's labels");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.pods().forEach(p -> {
            String kind = p.manifest().kind();
            Value selector = p.manifest().root().path("spec", "selector");
            if (kind.equals("Pod") || kind.equals("CronJob") || kind.equals("PodTemplate") || selector.isMissing()) {
                return;
            }
            if (kind.equals("Job") && !"true".equals(p.manifest().root().path("spec", "manualSelector").text())) {
                return; // the server adds its job-name and controller-uid labels to the template (server-job-selector)
            }
            boolean plain = kind.equals("DeploymentConfig") || kind.equals("ReplicationController");
            boolean matches = plain ? Selectors.mapMatches(selector, p.labels())
                    : Selectors.labelSelectorMatches(selector, p.labels());
            if (!matches) {
                out.add(finding(p.manifest(), "/spec/selector",
                        "spec.selector does not match the pod template's labels " + labels(p.labels())));
            }
        });
        return out;
    }

    static String labels(Value labels) {
        if (!(labels instanceof org.maestroperf.deploy.validator.source.MapValue m) || m.size() == 0) {
            return "(none)";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            parts.add(m.key(i) + "=" + m.value(i).textOr(""));
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
