package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.Manifest;

/** No two objects share an identity (group, kind, namespace, name): the second would overwrite the first. */
final class DuplicateObjectRule extends Rule {

    DuplicateObjectRule() {
        super("duplicate-object", Severity.ERROR,
                "no two objects with the same group, kind, namespace and name");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        Map<String, Manifest> seen = new HashMap<>();
        for (Manifest m : manifests.manifests()) {
            if (m.name().isEmpty()) {
                continue;
            }
            String identity = m.group() + "|" + m.kind() + "|" + m.namespace() + "|" + m.name();
            Manifest first = seen.putIfAbsent(identity, m);
            if (first != null) {
                out.add(finding(m, "/metadata/name", "same identity as the object in " + first.file() + " (document "
                        + (first.document() + 1) + "); applying both keeps only one"));
            }
        }
        return out;
    }
}
