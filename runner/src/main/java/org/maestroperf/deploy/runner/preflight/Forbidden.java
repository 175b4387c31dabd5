package org.maestroperf.deploy.runner.preflight;

import java.util.List;
import java.util.function.Supplier;

import io.fabric8.kubernetes.client.KubernetesClientException;

/** Runs a check that reads cluster-wide objects; when the user may not read them the check is skipped. */
final class Forbidden {

    private Forbidden() {
    }

    static List<PreflightProblem> skipIfForbidden(Supplier<List<PreflightProblem>> check) {
        try {
            return check.get();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 403 || e.getCode() == 401) {
                return List.of();
            }
            throw e;
        }
    }
}
