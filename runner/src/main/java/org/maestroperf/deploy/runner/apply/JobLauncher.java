package org.maestroperf.deploy.runner.apply;

import java.util.concurrent.atomic.AtomicLong;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.maestroperf.deploy.runner.cluster.Cluster;

/** Creates a Job from a bundle's template under a fresh name, so runs never collide with earlier ones. */
public final class JobLauncher {

    /** Label with the run-unique suffix, to tell runs of the same test case apart. */
    public static final String RUN_LABEL = "maestro-deploy/run";
    private static final int MAX_NAME = 63;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private JobLauncher() {
    }

    /** Creates the Job in the cluster's namespace and returns it as created. */
    public static Job launch(Cluster cluster, Job template, String bundle) {
        String suffix = Long.toString(System.currentTimeMillis(), 36) + SEQUENCE.incrementAndGet() % 36;
        String base = template.getMetadata().getName();
        base = base.substring(0, Math.min(base.length(), MAX_NAME - suffix.length() - 1));
        Job job = ApplyLabels.stamp(SERIALIZATION.clone(template), bundle);
        job.getMetadata().setName(base + "-" + suffix);
        job.getMetadata().setNamespace(cluster.namespace());
        job.getMetadata().getLabels().put(RUN_LABEL, suffix);
        return cluster.client().resource(job).create();
    }
}
