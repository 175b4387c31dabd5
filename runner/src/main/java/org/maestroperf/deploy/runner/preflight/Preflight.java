package org.maestroperf.deploy.runner.preflight;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.client.KubernetesClientException;

import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.ApiDiscovery;
import org.maestroperf.deploy.runner.cluster.ApiErrors;
import org.maestroperf.deploy.runner.cluster.ApiInfo;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;

/** Checks that a bundle can run on a cluster before anything is changed there. */
public final class Preflight {

    private static final List<PreflightCheck> CHECKS = List.of(new NamespaceCheck(), new KindsServedCheck(),
            new NodeRolesCheck(), new StorageClassCheck(), new NodePortCheck(), new BundleOwnershipCheck(),
            new AccessCheck());

    private Preflight() {
    }

    /** Runs every check; an unreachable API is the only problem reported then, as nothing else can be judged. */
    public static PreflightReport run(Cluster cluster, Bundle bundle, Progress progress) {
        ApiInfo api;
        try {
            api = ApiDiscovery.discover(cluster);
        } catch (KubernetesClientException e) {
            return new PreflightReport(null, List.of(new PreflightProblem("api", ApiErrors.describe(e, cluster),
                    ApiErrors.fix(e))));
        }
        progress.emit("preflight", "API server " + cluster.client().getMasterUrl() + " (" + api.version() + "), "
                + (api.routesServed() ? "OpenShift routes served" : "no OpenShift routes"));
        PreflightContext context = new PreflightContext(cluster, bundle, api);
        List<PreflightProblem> problems = new ArrayList<>();
        for (PreflightCheck check : CHECKS) {
            try {
                problems.addAll(check.check(context));
            } catch (KubernetesClientException e) {
                problems.add(new PreflightProblem("api", ApiErrors.describe(e, cluster), ApiErrors.fix(e)));
            }
        }
        return new PreflightReport(api, problems);
    }
}
