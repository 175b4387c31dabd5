package org.maestroperf.deploy.runner.watch;

import java.util.LinkedHashMap;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;

/**
 * Watches the pods of one Job until its client container decides the verdict. The informer lists
 * once, then watches; a dropped watch is resumed from the last resourceVersion, and a 410 Gone makes
 * it relist, so a transition is never missed (a terminated container stays terminated).
 */
public final class JobWatch {

    /** The label the Job controller puts on its pods. */
    public static final String JOB_NAME_LABEL = "job-name";

    private JobWatch() {
    }

    /**
     * @param backoffLimit the Job's retries: it fails after {@code backoffLimit + 1} failed pods
     */
    public static JobOutcome await(Cluster cluster, String jobName, String container, int backoffLimit,
                                   Deadline deadline, Progress progress) {
        Changes changes = new Changes();
        SharedIndexInformer<Pod> informer = cluster.client().pods().inNamespace(cluster.namespace())
                .withLabel(JOB_NAME_LABEL, jobName).inform(changes.handler(), 0);
        // the Job's own conditions end it too where pods alone cannot tell (activeDeadlineSeconds, podFailurePolicy)
        SharedIndexInformer<Job> jobInformer = cluster.client().batch().v1().jobs().inNamespace(cluster.namespace())
                .withName(jobName).inform(changes.handler(), 0);
        try {
            Map<String, Pod> pods = new LinkedHashMap<>();
            String lastStatus = "";
            while (true) {
                informer.getStore().list().forEach(p -> pods.put(p.getMetadata().getUid(), p));
                JobOutcome outcome = decide(pods, container, backoffLimit);
                if (outcome == null) {
                    outcome = byCondition(jobInformer.getStore().getByKey(cluster.namespace() + "/" + jobName), pods);
                }
                if (outcome != null) {
                    return outcome;
                }
                String status = status(pods, container);
                if (!status.equals(lastStatus)) {
                    progress.emit("status", jobName + ": " + status, Map.of("job", jobName, "pods", pods.size()));
                    lastStatus = status;
                }
                if (!changes.await(deadline)) {
                    Pod last = pods.values().stream().reduce((a, b) -> b).orElse(null);
                    return new JobOutcome(Verdict.TIMEOUT, pods.size(), last, "timed out: " + status);
                }
            }
        } finally {
            informer.close();
            jobInformer.close();
        }
    }

    private static JobOutcome byCondition(Job job, Map<String, Pod> pods) {
        if (job == null || job.getStatus() == null || job.getStatus().getConditions() == null) {
            return null;
        }
        Pod last = pods.values().stream().reduce((a, b) -> b).orElse(null);
        for (JobCondition condition : job.getStatus().getConditions()) {
            if ("True".equals(condition.getStatus()) && "Failed".equals(condition.getType())) {
                return new JobOutcome(Verdict.FAILED, pods.size(), last, "Job failed: " + condition.getReason()
                        + (condition.getMessage() == null ? "" : ": " + condition.getMessage()));
            }
            if ("True".equals(condition.getStatus()) && "Complete".equals(condition.getType())) {
                return new JobOutcome(Verdict.PASSED, pods.size(), last, "Completed");
            }
        }
        return null;
    }

    private static JobOutcome decide(Map<String, Pod> pods, String container, int backoffLimit) {
        int failed = 0;
        Pod lastFailed = null;
        String lastReason = null;
        for (Pod pod : pods.values()) {
            PodState state = PodState.of(pod, container);
            if (state instanceof PodState.Succeeded) {
                return new JobOutcome(Verdict.PASSED, pods.size(), pod, "Completed");
            }
            if (state instanceof PodState.Stuck stuck) {
                return new JobOutcome(Verdict.ERROR, pods.size(), pod, stuck.reason() + ": " + stuck.message());
            }
            if (state instanceof PodState.Failed f) {
                failed++;
                lastFailed = pod;
                lastReason = f.reason() + " (exit code " + f.exitCode() + ")";
            }
        }
        if (failed > backoffLimit) {
            return new JobOutcome(Verdict.FAILED, pods.size(), lastFailed, lastReason);
        }
        return null;
    }

    private static String status(Map<String, Pod> pods, String container) {
        if (pods.isEmpty()) {
            return "waiting for the client pod";
        }
        Pod last = pods.values().stream().reduce((a, b) -> b).orElseThrow();
        PodState state = PodState.of(last, container);
        String detail = state instanceof PodState.Pending p ? p.detail() : state.getClass().getSimpleName();
        return "attempt " + pods.size() + ", pod " + last.getMetadata().getName() + " " + detail;
    }
}
