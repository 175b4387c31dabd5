package org.maestroperf.deploy.validator.rules.server;

import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/**
 * A server check of the pod specs the server validates: Pods', the controllers' pod templates,
 * CronJobs' job templates, but not StatefulSets', whose template the server checks only for
 * labels, annotations and restart policy (upstream leaves the pod spec to the pods the controller
 * creates, which are refused then).
 */
abstract class PodRule extends ServerRule {

    /** The container lists of a pod spec, in the order the server validates them. */
    static final List<String> CONTAINER_LISTS = List.of("initContainers", "containers");

    PodRule(String id, String summary) {
        super(id, summary);
    }

    @Override
    final Set<String> objectKinds() {
        return Set.of();
    }

    @Override
    final void pod(PodSpec pod, Errors errors) {
        if (pod.validated()) {
            check(pod.manifest(), pod.spec(), pod.at(), pod.containers(), errors);
        }
    }

    /** Checks one pod spec {@code spec} with its {@code containers}, found at {@code at} in {@code m}. */
    abstract void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors);
}
