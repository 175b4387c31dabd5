package org.maestroperf.deploy.runner.preflight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Every apiVersion the bundle uses is served; a Route bundle on plain Kubernetes gets a pointed fix. */
final class KindsServedCheck implements PreflightCheck {

    @Override
    public List<PreflightProblem> check(PreflightContext context) {
        Map<String, HasMetadata> firstByApiVersion = new LinkedHashMap<>();
        context.allObjects().forEach(o -> firstByApiVersion.putIfAbsent(o.getApiVersion(), o));
        List<PreflightProblem> problems = new ArrayList<>();
        firstByApiVersion.forEach((apiVersion, example) -> {
            if (context.api().serves(apiVersion)) {
                return;
            }
            String what = example.getKind() + " " + example.getMetadata().getName();
            if (apiVersion.startsWith("route.openshift.io/")) {
                problems.add(new PreflightProblem("kinds", what + " needs " + apiVersion
                        + ", which this cluster does not serve (not OpenShift/OKD)",
                        "generate the kubernetes variant of the profile, which exposes the reports UI with an Ingress"));
            } else {
                problems.add(new PreflightProblem("kinds", what + " needs " + apiVersion
                        + ", which this cluster (" + context.api().version() + ") does not serve",
                        "use a cluster that serves " + apiVersion + " or a profile for this cluster's version"));
            }
        });
        return problems;
    }
}
