package org.maestroperf.deploy.runner.watch;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;

/** Where a pod (and the container that decides its verdict) stands, as far as a run cares. */
public sealed interface PodState {

    /** Waiting reasons that will not resolve by waiting; the run fails fast on them. */
    Set<String> STUCK_REASONS = Set.of("ImagePullBackOff", "ErrImagePull", "InvalidImageName",
            "CrashLoopBackOff", "CreateContainerConfigError");

    /** Not finished yet; {@code detail} is the phase or the container's waiting reason. */
    record Pending(String detail) implements PodState {
    }

    /** The container exited 0 ({@code Completed}). */
    record Succeeded() implements PodState {
    }

    /** The container exited non-zero ({@code Error}, {@code OOMKilled}, ...). */
    record Failed(int exitCode, String reason) implements PodState {
    }

    /** The pod cannot make progress: {@code reason} is a waiting reason or {@code FailedScheduling}. */
    record Stuck(String reason, String message) implements PodState {
    }

    /** Classifies {@code pod} by its container {@code container} (the first one when absent). */
    static PodState of(Pod pod, String container) {
        if (pod.getStatus() == null) {
            return new Pending("Pending");
        }
        List<ContainerStatus> statuses = pod.getStatus().getContainerStatuses() == null ? List.of()
                : pod.getStatus().getContainerStatuses();
        ContainerStatus status = statuses.stream().filter(s -> container == null || container.equals(s.getName()))
                .findFirst().orElse(null);
        if (status != null && status.getState() != null) {
            ContainerStateTerminated terminated = status.getState().getTerminated();
            if (terminated != null) {
                int exitCode = terminated.getExitCode() == null ? -1 : terminated.getExitCode();
                return exitCode == 0 ? new Succeeded()
                        : new Failed(exitCode, Objects.requireNonNullElse(terminated.getReason(), "Error"));
            }
            ContainerStateWaiting waiting = status.getState().getWaiting();
            if (waiting != null && waiting.getReason() != null) {
                return STUCK_REASONS.contains(waiting.getReason())
                        ? new Stuck(waiting.getReason(), Objects.requireNonNullElse(waiting.getMessage(), ""))
                        : new Pending(waiting.getReason());
            }
        }
        if (pod.getStatus().getConditions() != null) {
            for (PodCondition condition : pod.getStatus().getConditions()) {
                if ("PodScheduled".equals(condition.getType()) && "False".equals(condition.getStatus())
                        && "Unschedulable".equals(condition.getReason())) {
                    return new Stuck("FailedScheduling", Objects.requireNonNullElse(condition.getMessage(), ""));
                }
            }
        }
        String phase = Objects.requireNonNullElse(pod.getStatus().getPhase(), "Pending");
        return switch (phase) {
            case "Succeeded" -> new Succeeded();
            case "Failed" -> new Failed(-1, Objects.requireNonNullElse(pod.getStatus().getReason(), "Failed"));
            default -> new Pending(phase);
        };
    }
}
