package org.maestroperf.deploy.runner.watch;

import io.fabric8.kubernetes.api.model.Pod;

/** The end of one client Job: its verdict, how many pods it took, the pod that decided it (may be null). */
public record JobOutcome(Verdict verdict, int attempts, Pod pod, String reason) {
}
