package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;

/** A Service with a selector that selects no workload in the bundle sends traffic nowhere. */
final class ServiceSelectsPodsRule extends Rule {

    ServiceSelectsPodsRule() {
        super("service-selects-pods", Severity.ERROR,
                "every Service with a selector selects the pods of some workload in the bundle");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        Services.withSelector(manifests).forEach(s -> {
            if (Services.selectedPods(manifests, s).isEmpty()) {
                out.add(finding(s, "/spec/selector", "selector " + SelectorMatchRule.labels(s.root().path("spec", "selector"))
                        + " selects no pods of any workload in the bundle"));
            }
        });
        return out;
    }
}
