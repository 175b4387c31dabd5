package org.maestroperf.deploy.runner;

import java.util.Map;

import io.fabric8.kubernetes.api.model.batch.v1.Job;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.runner.apply.JobLauncher;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.watch.Deadline;
import org.maestroperf.deploy.runner.watch.JobOutcome;
import org.maestroperf.deploy.runner.watch.JobWatch;

/** {@code maestro-deploy stop} / {@code unassign}: runs the bundle's one-off command Job and waits for it. */
public final class CommandJobRun {

    private CommandJobRun() {
    }

    public static JobOutcome run(Cluster cluster, Bundle bundle, String command, Deadline deadline,
                                 Progress progress, Interruption interruption) {
        Job template = bundle.commands().get(command);
        if (template == null) {
            throw new UserException("the bundle has no commands/" + command + ".yaml");
        }
        Job job = JobLauncher.launch(cluster, template, bundle.name());
        progress.emit("phase", command + ": started Job " + job.getMetadata().getName(),
                Map.of("job", job.getMetadata().getName()));
        interruption.running(job);
        try {
            Integer retries = job.getSpec().getBackoffLimit();
            JobOutcome outcome = JobWatch.await(cluster, job.getMetadata().getName(), TestCaseRun.CLIENT_CONTAINER,
                    retries == null ? 6 : retries, deadline, progress);
            progress.emit("result", command + ": " + outcome.verdict() + " (" + outcome.reason() + ")",
                    Map.of("verdict", outcome.verdict().name(), "attempts", outcome.attempts()));
            return outcome;
        } finally {
            interruption.finished();
        }
    }
}
