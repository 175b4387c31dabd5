package org.maestroperf.deploy.validator.rules.server;

import java.util.List;

import org.maestroperf.deploy.validator.rules.Bundle;
import org.maestroperf.deploy.validator.rules.PodTemplates;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/** A server check of every pod spec: Pods, the controllers' pod templates, CronJobs' job templates. */
abstract class PodRule extends ServerRule {

    /** The container lists of a pod spec, in the order the server validates them. */
    static final List<String> CONTAINER_LISTS = List.of("initContainers", "containers");

    PodRule(String id, String summary) {
        super(id, summary);
    }

    @Override
    final void check(Bundle bundle, Errors errors) {
        for (PodTemplates.Pods pods : bundle.pods().toList()) {
            if (pods.podSpec().isMap() && validated(pods)) {
                check(pods.manifest(), pods.podSpec(), FieldPath.of(pods.spec()), errors);
            }
        }
    }

    /**
     * Whether the API server validates this pod spec: not a StatefulSet's, whose template it checks
     * only for labels, annotations and restart policy (upstream leaves the pod spec to the pods the
     * controller creates, which are refused then).
     */
    static boolean validated(PodTemplates.Pods pods) {
        return !pods.manifest().kind().equals("StatefulSet");
    }

    /** Checks one pod spec {@code spec}, found at {@code at} in {@code m}. */
    abstract void check(Manifest m, Value spec, FieldPath at, Errors errors);
}
