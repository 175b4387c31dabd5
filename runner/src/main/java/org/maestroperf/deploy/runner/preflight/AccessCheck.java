package org.maestroperf.deploy.runner.preflight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;

/** SelfSubjectAccessReview for every verb the run needs; one line per resource with the verbs denied. */
final class AccessCheck implements PreflightCheck {

    /** What the runner does beyond applying: watch pods, read logs and events, port-forward, run Jobs. */
    private static final List<Access> RUNTIME = List.of(
            new Access("", "pods", "list"), new Access("", "pods", "watch"), new Access("", "pods", "delete"),
            new Access("", "pods/log", "get"), new Access("", "pods/portforward", "create"),
            new Access("", "events", "list"), new Access("batch", "jobs", "watch"),
            new Access("", "configmaps", "get"), new Access("apps", "deployments", "watch"),
            new Access("", "persistentvolumeclaims", "watch"));

    private record Access(String group, String resource, String verb) {
    }

    @Override
    public List<PreflightProblem> check(PreflightContext context) {
        String namespace = context.cluster().namespace();
        Set<Access> wanted = new LinkedHashSet<>();
        for (HasMetadata object : context.allObjects()) {
            String group = HasMetadata.getGroup(object.getClass());
            String resource = HasMetadata.getPlural(object.getClass());
            for (String verb : List.of("get", "create", "patch", "delete")) {
                wanted.add(new Access(group, resource, verb));
            }
        }
        wanted.addAll(RUNTIME);
        boolean createsNamespace = context.bundle().infrastructure().stream().anyMatch(Namespace.class::isInstance);
        Map<String, List<String>> denied = new LinkedHashMap<>();
        for (Access access : wanted) {
            boolean clusterScoped = access.resource().equals("namespaces");
            if (clusterScoped && !createsNamespace) {
                continue;
            }
            SelfSubjectAccessReview review = context.cluster().client().authorization().v1().selfSubjectAccessReview()
                    .create(new SelfSubjectAccessReviewBuilder().withNewSpec().withNewResourceAttributes()
                            .withGroup(access.group()).withResource(access.resource()).withVerb(access.verb())
                            .withNamespace(clusterScoped ? null : namespace)
                            .endResourceAttributes().endSpec().build());
            // A server that answers without a status did not evaluate the review: not a denial.
            if (review.getStatus() != null && !Boolean.TRUE.equals(review.getStatus().getAllowed())) {
                String key = access.group().isEmpty() ? access.resource() : access.resource() + "." + access.group();
                denied.computeIfAbsent(key, k -> new ArrayList<>()).add(access.verb());
            }
        }
        List<PreflightProblem> problems = new ArrayList<>();
        denied.forEach((resource, verbs) -> problems.add(resource.equals("namespaces")
                ? new PreflightProblem("access", "you may not " + String.join(",", verbs) + " namespaces, and the bundle "
                        + "creates namespace " + namespace, "ask a cluster admin to create namespace " + namespace
                        + " for you, then use the openshift variant (no Namespace object)")
                : new PreflightProblem("access", "you may not " + String.join(",", verbs) + " " + resource
                        + " in namespace " + namespace, "ask a cluster admin for the edit role there (kubectl create "
                        + "rolebinding maestro-edit --clusterrole=edit --user=YOU -n " + namespace + ")")));
        return problems;
    }
}
