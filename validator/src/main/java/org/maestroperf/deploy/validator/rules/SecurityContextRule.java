package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.Value;

/** Containers run as non-root without privilege escalation (set on the container or, for runAsNonRoot, the pod). */
final class SecurityContextRule extends Rule {

    SecurityContextRule() {
        super("security-context", Severity.WARNING,
                "containers set runAsNonRoot: true and allowPrivilegeEscalation: false");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.pods().forEach(p -> p.containers().forEach(c -> {
            Value sc = c.value().get("securityContext");
            List<String> missing = new ArrayList<>();
            if (!"true".equals(sc.get("runAsNonRoot").text()) && !"true".equals(p.podSpec().path("securityContext", "runAsNonRoot").text())) {
                missing.add("runAsNonRoot: true");
            }
            if (!"false".equals(sc.get("allowPrivilegeEscalation").text())) {
                missing.add("allowPrivilegeEscalation: false");
            }
            if (!missing.isEmpty()) {
                out.add(finding(p.manifest(), c.pointer() + (sc.isMissing() ? "" : "/securityContext"), "container '" + c.name()
                        + "' does not set " + String.join(" and ", missing)));
            }
        }));
        return out;
    }
}
