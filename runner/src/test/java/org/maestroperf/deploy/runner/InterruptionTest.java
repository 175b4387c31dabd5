package org.maestroperf.deploy.runner;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.runner.apply.JobLauncher;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.testing.BundleFixture;

import static org.assertj.core.api.Assertions.assertThat;

@EnableKubernetesMockClient(crud = true)
class InterruptionTest {

    KubernetesClient client;

    private Job runningJob(Cluster cluster) {
        Job job = JobLauncher.launch(cluster, BundleFixture.kubernetes().testCase("tc", 0).build().testCases().get(0).job(),
                "maestro");
        client.pods().inNamespace("maestro").resource(new PodBuilder().withNewMetadata().withName("client-pod")
                .addToLabels("job-name", job.getMetadata().getName()).endMetadata().build()).create();
        return job;
    }

    @Test
    void interruptRemovesTheRunningClientJobAndItsPod() {
        Cluster cluster = new Cluster(client, "maestro");
        Interruption interruption = new Interruption(cluster, false);
        Job job = runningJob(cluster);
        interruption.running(job);

        assertThat(interruption.interrupt()).isEqualTo(job.getMetadata().getName());

        assertThat(interruption.interrupted()).isTrue();
        assertThat(client.batch().v1().jobs().inNamespace("maestro").list().getItems()).isEmpty();
        assertThat(client.pods().inNamespace("maestro").list().getItems()).isEmpty();
    }

    @Test
    void keepLeavesTheClientInPlace() {
        Cluster cluster = new Cluster(client, "maestro");
        Interruption interruption = new Interruption(cluster, true);
        interruption.running(runningJob(cluster));

        assertThat(interruption.interrupt()).isNull();

        assertThat(client.pods().inNamespace("maestro").list().getItems()).hasSize(1);
    }

    @Test
    void nothingRunningNothingRemoved() {
        Cluster cluster = new Cluster(client, "maestro");
        Interruption interruption = new Interruption(cluster, false);
        Job job = runningJob(cluster);
        interruption.running(job);
        interruption.finished();

        assertThat(interruption.interrupt()).isNull();
        assertThat(client.batch().v1().jobs().inNamespace("maestro").list().getItems()).hasSize(1);
    }
}
