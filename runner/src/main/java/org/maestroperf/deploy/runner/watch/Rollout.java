package org.maestroperf.deploy.runner.watch;

import java.util.Objects;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;

/** kubectl's rollout-status rules for one Deployment. */
record Rollout(String name, int wanted, int available, boolean done, String stalled) {

    static Rollout of(Deployment deployment) {
        String name = deployment.getMetadata().getName();
        int wanted = deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
        DeploymentStatus status = deployment.getStatus();
        if (status == null) {
            return new Rollout(name, wanted, 0, false, null);
        }
        int available = value(status.getAvailableReplicas());
        String stalled = null;
        if (status.getConditions() != null) {
            for (DeploymentCondition condition : status.getConditions()) {
                if ("Progressing".equals(condition.getType()) && "ProgressDeadlineExceeded".equals(condition.getReason())) {
                    stalled = Objects.requireNonNullElse(condition.getMessage(), "progress deadline exceeded");
                }
            }
        }
        long generation = deployment.getMetadata().getGeneration() == null ? 0 : deployment.getMetadata().getGeneration();
        long observed = status.getObservedGeneration() == null ? -1 : status.getObservedGeneration();
        int updated = value(status.getUpdatedReplicas());
        int total = value(status.getReplicas());
        boolean done = observed >= generation && updated >= wanted && total <= updated && available >= updated;
        return new Rollout(name, wanted, available, done, stalled);
    }

    private static int value(Integer count) {
        return count == null ? 0 : count;
    }
}
