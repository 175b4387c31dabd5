package org.maestroperf.deploy.runner.watch;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PodStateTest {

    private static PodBuilder pod() {
        return new PodBuilder().withNewMetadata().withName("p").endMetadata();
    }

    private static Pod terminated(int exitCode, String reason) {
        return pod().withNewStatus().withPhase(exitCode == 0 ? "Succeeded" : "Failed").addNewContainerStatus()
                .withName("client").withNewState().withNewTerminated().withExitCode(exitCode).withReason(reason)
                .endTerminated().endState().endContainerStatus().endStatus().build();
    }

    private static Pod waiting(String reason) {
        return pod().withNewStatus().withPhase("Pending").addNewContainerStatus().withName("client").withNewState()
                .withNewWaiting().withReason(reason).withMessage("m").endWaiting().endState().endContainerStatus()
                .endStatus().build();
    }

    @Test
    void clientExitDecides() {
        assertThat(PodState.of(terminated(0, "Completed"), "client")).isEqualTo(new PodState.Succeeded());
        assertThat(PodState.of(terminated(1, "Error"), "client")).isEqualTo(new PodState.Failed(1, "Error"));
        assertThat(PodState.of(terminated(137, "OOMKilled"), "client")).isEqualTo(new PodState.Failed(137, "OOMKilled"));
    }

    @Test
    void otherContainersDoNotDecide() {
        Pod pod = pod().withNewStatus().withPhase("Running").addNewContainerStatus().withName("sidecar").withNewState()
                .withNewTerminated().withExitCode(0).endTerminated().endState().endContainerStatus().endStatus().build();

        assertThat(PodState.of(pod, "client")).isEqualTo(new PodState.Pending("Running"));
    }

    @Test
    void hopelessWaitingReasonsAreStuckOthersPending() {
        for (String reason : new String[] {"ImagePullBackOff", "ErrImagePull", "CrashLoopBackOff", "CreateContainerConfigError"}) {
            assertThat(PodState.of(waiting(reason), "client")).isEqualTo(new PodState.Stuck(reason, "m"));
        }
        assertThat(PodState.of(waiting("ContainerCreating"), "client")).isEqualTo(new PodState.Pending("ContainerCreating"));
    }

    @Test
    void unschedulableIsStuckAsFailedScheduling() {
        Pod pod = pod().withNewStatus().withPhase("Pending").addNewCondition().withType("PodScheduled").withStatus("False")
                .withReason("Unschedulable").withMessage("0/3 nodes are available").endCondition().endStatus().build();

        assertThat(PodState.of(pod, "client")).isEqualTo(new PodState.Stuck("FailedScheduling", "0/3 nodes are available"));
    }

    @Test
    void podWithoutStatusIsPending() {
        assertThat(PodState.of(pod().build(), "client")).isEqualTo(new PodState.Pending("Pending"));
    }
}
