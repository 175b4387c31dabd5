package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.Value;

/** Containers state CPU and memory requests and a memory limit, so measurements are not skewed by neighbours. */
final class ResourcesRule extends Rule {

    ResourcesRule() {
        super("resources", Severity.WARNING,
                "containers set cpu and memory requests and a memory limit");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.pods().forEach(p -> p.containers().forEach(c -> {
            Value r = c.value().get("resources");
            List<String> missing = new ArrayList<>();
            if (r.path("requests", "cpu").isMissing()) {
                missing.add("requests.cpu");
            }
            if (r.path("requests", "memory").isMissing()) {
                missing.add("requests.memory");
            }
            if (r.path("limits", "memory").isMissing()) {
                missing.add("limits.memory");
            }
            if (!missing.isEmpty()) {
                out.add(finding(p.manifest(), c.pointer() + (r.isMissing() ? "" : "/resources"), "container '" + c.name()
                        + "' sets no " + String.join(", ", missing)));
            }
        }));
        return out;
    }
}
