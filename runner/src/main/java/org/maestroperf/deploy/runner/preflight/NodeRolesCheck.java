package org.maestroperf.deploy.runner.preflight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

import static org.maestroperf.deploy.runner.preflight.Forbidden.skipIfForbidden;

/** For each {@code required} node affinity in the bundle, at least one node carries the labels it asks for. */
final class NodeRolesCheck implements PreflightCheck {

    @Override
    public List<PreflightProblem> check(PreflightContext context) {
        Map<String, List<NodeSelectorTerm>> required = new LinkedHashMap<>();
        for (HasMetadata object : context.allObjects()) {
            PodSpec spec = podSpec(object);
            if (spec != null && spec.getAffinity() != null && spec.getAffinity().getNodeAffinity() != null
                    && spec.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() != null) {
                required.put(object.getKind() + " " + object.getMetadata().getName(), spec.getAffinity()
                        .getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms());
            }
        }
        if (required.isEmpty()) {
            return List.of();
        }
        return skipIfForbidden(() -> {
            List<Node> nodes = context.cluster().client().nodes().list().getItems();
            List<PreflightProblem> problems = new ArrayList<>();
            required.forEach((what, terms) -> {
                if (nodes.stream().noneMatch(node -> terms.stream().anyMatch(term -> matches(node, term)))) {
                    problems.add(new PreflightProblem("node-roles", "no node matches the required affinity of "
                            + what + " (" + describe(terms) + ")", fix(terms)));
                }
            });
            return problems;
        });
    }

    static PodSpec podSpec(HasMetadata object) {
        if (object instanceof Deployment d && d.getSpec() != null && d.getSpec().getTemplate() != null) {
            return d.getSpec().getTemplate().getSpec();
        }
        if (object instanceof Job j && j.getSpec() != null && j.getSpec().getTemplate() != null) {
            return j.getSpec().getTemplate().getSpec();
        }
        return null;
    }

    static boolean matches(Node node, NodeSelectorTerm term) {
        Map<String, String> labels = node.getMetadata().getLabels() == null ? Map.of() : node.getMetadata().getLabels();
        List<NodeSelectorRequirement> expressions = term.getMatchExpressions() == null ? List.of()
                : term.getMatchExpressions();
        return expressions.stream().allMatch(r -> switch (r.getOperator()) {
            case "In" -> r.getValues().contains(labels.get(r.getKey()));
            case "NotIn" -> !r.getValues().contains(labels.get(r.getKey()));
            case "Exists" -> labels.containsKey(r.getKey());
            case "DoesNotExist" -> !labels.containsKey(r.getKey());
            default -> true; // Gt/Lt are not used by Maestro bundles; do not refuse what we cannot judge
        });
    }

    private static String describe(List<NodeSelectorTerm> terms) {
        return terms.stream().map(t -> t.getMatchExpressions().stream()
                        .map(r -> r.getKey() + " " + r.getOperator() + (r.getValues() == null ? "" : " " + r.getValues()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" or "));
    }

    private static String fix(List<NodeSelectorTerm> terms) {
        return terms.stream().flatMap(t -> t.getMatchExpressions().stream())
                .filter(r -> r.getKey().equals("maestro-node-role") && r.getOperator().equals("In"))
                .findFirst()
                .map(r -> "maestro-deploy label-nodes --" + r.getValues().get(0) + " NODE[,NODE...]")
                .orElse("label a node so it matches (kubectl label node NODE KEY=VALUE)");
    }
}
