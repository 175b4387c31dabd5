package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;

/** A claim with a selector is never dynamically provisioned: it stays Pending until someone creates a matching volume. */
final class PvcSelectorRule extends Rule {

    PvcSelectorRule() {
        super("pvc-selector", Severity.WARNING,
                "no PersistentVolumeClaim with a selector (it prevents dynamic provisioning)");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.ofKind("PersistentVolumeClaim").filter(m -> !m.root().path("spec", "selector").isMissing())
                .forEach(m -> out.add(finding(m, "/spec/selector",
                        "a selector prevents dynamic provisioning; the claim stays Pending unless a matching volume is created by hand")));
        return out;
    }
}
