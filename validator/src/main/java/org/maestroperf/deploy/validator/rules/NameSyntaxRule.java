package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.Manifest;

/**
 * Object names follow DNS-1123 (a subdomain for most kinds; a label for Services, Namespaces and
 * the like, which become DNS names themselves); container names are DNS-1123 labels.
 */
final class NameSyntaxRule extends Rule {

    private static final Set<String> LABEL_NAMED = Set.of("Namespace", "Project", "Route");

    NameSyntaxRule() {
        super("dns-name", Severity.ERROR,
                "object and container names are valid DNS-1123 names");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        for (Manifest m : manifests.manifests()) {
            String name = m.name();
            if (name.isEmpty()) {
                continue;
            }
            if (m.kind().equals("Service")) {
                if (name.length() > 63 || !NameSyntax.dns1035Label(name)) {
                    out.add(finding(m, "/metadata/name", "Service name '" + name
                            + "' must be a DNS-1035 label (lower-case letters, digits and '-', starting with a letter, at most 63)"));
                }
            } else if (LABEL_NAMED.contains(m.kind())) {
                if (name.length() > 63 || !NameSyntax.dns1123Label(name)) {
                    out.add(finding(m, "/metadata/name", "name '" + name + "' must be a DNS-1123 label (lower-case letters, digits and '-', at most 63)"));
                }
            } else if (name.length() > 253 || !NameSyntax.dns1123Subdomain(name)) {
                out.add(finding(m, "/metadata/name", "name '" + name
                        + "' must be a DNS-1123 subdomain (lower-case letters, digits, '-' and '.', at most 253)"));
            }
        }
        manifests.pods().forEach(p -> p.containers().forEach(c -> {
            if (!c.name().isEmpty() && (c.name().length() > 63 || !NameSyntax.dns1123Label(c.name()))) {
                out.add(finding(p.manifest(), c.pointer() + "/name", "container name '" + c.name() + "' must be a DNS-1123 label"));
            }
        }));
        return out;
    }
}
