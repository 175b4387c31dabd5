package org.maestroperf.deploy.runner.bundle;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

/** One rendered test case: the ConfigMap holding its parameters and the client Job that runs it. */
public record RenderedTestCase(String name, ConfigMap configMap, Job job) {

    /** How often the Job may rerun a failed client pod (its {@code backoffLimit}; Kubernetes defaults to 6). */
    public int retries() {
        Integer limit = job.getSpec().getBackoffLimit();
        return limit == null ? 6 : limit;
    }
}
