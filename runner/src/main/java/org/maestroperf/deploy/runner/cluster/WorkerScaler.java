package org.maestroperf.deploy.runner.cluster;

import org.maestroperf.deploy.diag.UserException;

/** {@code scale workers N}: sets the worker Deployment's replicas. */
public final class WorkerScaler {

    /** The worker Deployment of every bundle. */
    public static final String WORKER_DEPLOYMENT = "maestro-worker";

    private WorkerScaler() {
    }

    public static void scale(Cluster cluster, int replicas) {
        if (replicas < 0) {
            throw new UserException("scale workers: the count must be 0 or more, not " + replicas);
        }
        if (cluster.client().apps().deployments().inNamespace(cluster.namespace()).withName(WORKER_DEPLOYMENT).get() == null) {
            throw new UserException("no Deployment " + WORKER_DEPLOYMENT + " in namespace " + cluster.namespace()
                    + " (deploy first, or pass -n)");
        }
        cluster.client().apps().deployments().inNamespace(cluster.namespace()).withName(WORKER_DEPLOYMENT)
                .edit(d -> {
                    d.getSpec().setReplicas(replicas);
                    return d;
                });
    }
}
