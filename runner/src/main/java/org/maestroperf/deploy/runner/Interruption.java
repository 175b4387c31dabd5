package org.maestroperf.deploy.runner;

import io.fabric8.kubernetes.api.model.batch.v1.Job;

import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.watch.JobWatch;

/**
 * Knows which client Job is running, so that Ctrl-C (a JVM shutdown hook) can remove it and its
 * pod instead of leaving a test running in the cluster.
 */
public final class Interruption {

    private final Cluster cluster;
    private final boolean keep;
    private volatile Job current;
    private volatile boolean interrupted;

    /** @param keep leave the client Job and pod in place ({@code --keep}) */
    public Interruption(Cluster cluster, boolean keep) {
        this.cluster = cluster;
        this.keep = keep;
    }

    void running(Job job) {
        current = job;
    }

    void finished() {
        current = null;
    }

    public boolean interrupted() {
        return interrupted;
    }

    /** Called once from the shutdown hook; returns the name of the Job it removed, or null. */
    public String interrupt() {
        interrupted = true;
        Job job = current;
        if (job == null || keep) {
            return null;
        }
        remove(job);
        return job.getMetadata().getName();
    }

    /** Removes a client Job that got stuck or timed out, unless {@code --keep}; true when removed. */
    boolean removeUnlessKept(Job job) {
        if (keep) {
            return false;
        }
        remove(job);
        return true;
    }

    private void remove(Job job) {
        String name = job.getMetadata().getName();
        cluster.client().batch().v1().jobs().inNamespace(cluster.namespace()).withName(name).delete();
        // the Job's garbage collection would remove the pods too, but only after we are gone
        cluster.client().pods().inNamespace(cluster.namespace()).withLabel(JobWatch.JOB_NAME_LABEL, name).delete();
    }
}
