package org.maestroperf.deploy.validator.rules.maestro;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.rules.ManifestSet;
import org.maestroperf.deploy.validator.rules.PodTemplates;
import org.maestroperf.deploy.validator.rules.Rule;
import org.maestroperf.deploy.validator.source.Value;

/**
 * The Maestro components use one node-affinity key across the bundle, each with its role: broker,
 * reports, inspector, exporter and client on {@code infra} nodes, worker and agent on {@code worker}.
 */
public final class MaestroAffinityRule extends Rule {

    public MaestroAffinityRule() {
        super("maestro-affinity", Severity.WARNING,
                "one node-affinity key across the Maestro components, with the role each component should have");
    }

    private record Term(PodTemplates.Pods pods, String component, String key, List<String> values, String pointer) {
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Term> terms = new ArrayList<>();
        manifests.pods().forEach(p -> Components.of(p).ifPresent(component -> terms.addAll(terms(p, component))));
        Map<String, Integer> keyCount = new TreeMap<>();
        terms.forEach(t -> keyCount.merge(t.key(), 1, Integer::sum));
        if (keyCount.isEmpty()) {
            return List.of();
        }
        String key = keyCount.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? Boolean.compare(a.getKey().equals("maestro-node-role"), b.getKey().equals("maestro-node-role"))
                        : Integer.compare(a.getValue(), b.getValue()))
                .orElseThrow().getKey();
        List<Finding> out = new ArrayList<>();
        for (Term t : terms) {
            String role = Components.role(t.component());
            if (!t.key().equals(key)) {
                out.add(finding(t.pods().manifest(), t.pointer() + "/key", "node-affinity key '" + t.key()
                        + "' differs from the key '" + key + "' the other Maestro components use (expected " + key + "=" + role + ")"));
            } else if (!t.values().contains(role)) {
                out.add(finding(t.pods().manifest(), t.pointer() + "/values", "the " + t.component() + " belongs on '" + role
                        + "' nodes, its affinity asks for " + t.values()));
            }
        }
        return out;
    }

    private static List<Term> terms(PodTemplates.Pods p, String component) {
        List<Term> out = new ArrayList<>();
        String base = p.spec() + "/affinity/nodeAffinity";
        Value na = p.podSpec().path("affinity", "nodeAffinity");
        List<Value> preferred = na.get("preferredDuringSchedulingIgnoredDuringExecution").items();
        for (int i = 0; i < preferred.size(); i++) {
            addExpressions(p, component, preferred.get(i).path("preference", "matchExpressions"),
                    base + "/preferredDuringSchedulingIgnoredDuringExecution/" + i + "/preference/matchExpressions", out);
        }
        List<Value> required = na.path("requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms").items();
        for (int i = 0; i < required.size(); i++) {
            addExpressions(p, component, required.get(i).get("matchExpressions"),
                    base + "/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms/" + i + "/matchExpressions", out);
        }
        return out;
    }

    private static void addExpressions(PodTemplates.Pods p, String component, Value expressions, String pointer, List<Term> out) {
        List<Value> items = expressions.items();
        for (int i = 0; i < items.size(); i++) {
            List<String> values = items.get(i).get("values").items().stream().map(v -> v.textOr("")).toList();
            out.add(new Term(p, component, items.get(i).get("key").textOr(""), values, pointer + "/" + i));
        }
    }
}
