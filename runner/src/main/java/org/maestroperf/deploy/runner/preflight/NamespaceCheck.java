package org.maestroperf.deploy.runner.preflight;

import java.util.List;

import io.fabric8.kubernetes.api.model.Namespace;

import static org.maestroperf.deploy.runner.preflight.Forbidden.skipIfForbidden;

/** The namespace exists, or the bundle creates it (whether the user may is the access check's job). */
final class NamespaceCheck implements PreflightCheck {

    @Override
    public List<PreflightProblem> check(PreflightContext context) {
        String namespace = context.cluster().namespace();
        boolean created = context.bundle().infrastructure().stream().anyMatch(Namespace.class::isInstance);
        if (created) {
            return List.of();
        }
        return skipIfForbidden(() -> context.cluster().client().namespaces().withName(namespace).get() != null
                ? List.of()
                : List.of(new PreflightProblem("namespace", "namespace " + namespace + " does not exist and the "
                        + "bundle does not create it",
                        "create it (kubectl create namespace " + namespace + ", or oc new-project " + namespace
                                + ") or pass -n with an existing one")));
    }
}
