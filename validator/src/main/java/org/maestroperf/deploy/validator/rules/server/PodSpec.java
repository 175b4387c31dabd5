package org.maestroperf.deploy.validator.rules.server;

import java.util.List;

import org.maestroperf.deploy.validator.rules.PodTemplates;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/**
 * One pod spec of the bundle, as every server rule sees it: its object, the spec, where it is,
 * its containers, and whether the server validates it (not a StatefulSet's: see {@link PodRule}).
 */
record PodSpec(PodTemplates.Pods pods, Value spec, FieldPath at, List<Containers> containers, boolean validated) {

    private static final java.util.Map<String, FieldPath> SPECS = java.util.Map.of(
            "/spec", FieldPath.of("/spec"),
            "/spec/template/spec", FieldPath.of("/spec/template/spec"),
            "/spec/jobTemplate/spec/template/spec", FieldPath.of("/spec/jobTemplate/spec/template/spec"),
            "/template/spec", FieldPath.of("/template/spec"));

    static PodSpec of(PodTemplates.Pods pods) {
        FieldPath at = SPECS.get(pods.spec());
        at = at != null ? at : FieldPath.of(pods.spec());
        return new PodSpec(pods, pods.podSpec(), at, Containers.of(pods.podSpec(), at),
                pods.podSpec().isMap() && !pods.manifest().kind().equals("StatefulSet"));
    }

    Manifest manifest() {
        return pods.manifest();
    }
}
