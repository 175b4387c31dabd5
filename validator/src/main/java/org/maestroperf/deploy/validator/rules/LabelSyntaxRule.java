package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Value;

/** Label keys and values (on objects, pod templates and selectors) follow Kubernetes label syntax. */
final class LabelSyntaxRule extends Rule {

    LabelSyntaxRule() {
        super("label-syntax", Severity.ERROR,
                "label keys ([prefix/]name) and values have valid syntax and length");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        for (Manifest m : manifests.manifests()) {
            check(m, "/metadata/labels", m.root().path("metadata", "labels"), out);
            Value selector = m.root().path("spec", "selector");
            check(m, "/spec/selector", selector, out);
            check(m, "/spec/selector/matchLabels", selector.get("matchLabels"), out);
        }
        manifests.pods().forEach(p -> {
            if (!p.metadata().equals("/metadata")) {
                check(p.manifest(), p.metadata() + "/labels", p.labels(), out);
            }
        });
        return out;
    }

    private void check(Manifest m, String pointer, Value v, List<Finding> out) {
        if (!(v instanceof MapValue labels)) {
            return;
        }
        for (int i = 0; i < labels.size(); i++) {
            String key = labels.key(i);
            if (key.equals("matchLabels") || key.equals("matchExpressions")) {
                continue;
            }
            String problem = NameSyntax.qualifiedNameProblem(key);
            if (problem != null) {
                out.add(finding(m, pointer + "/" + key.replace("~", "~0").replace("/", "~1"), "label key '" + key + "' " + problem));
            }
            String value = labels.value(i).textOr("");
            if (labels.value(i).isMap() || !value.isEmpty() && (value.length() > 63 || !NameSyntax.labelName(value))) {
                out.add(finding(m, pointer + "/" + key.replace("~", "~0").replace("/", "~1"), "label value '" + value
                        + "' must be at most 63 characters of letters, digits, '-', '_' and '.', starting and ending alphanumeric"));
            }
        }
    }

}
