package org.maestroperf.deploy.validator.rules;

import java.util.List;
import java.util.Optional;

import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Pointers;
import org.maestroperf.deploy.validator.source.Value;

/** Where the pods of a workload are described: Pod, the controllers' pod templates, CronJob's job template. */
public final class PodTemplates {

    /** An object that runs pods: pointers to its pod metadata and pod spec. */
    public record Pods(Manifest manifest, String metadata, String spec, Value labels, Value podSpec) {

        Pods(Manifest manifest, String metadata, String spec) {
            this(manifest, metadata, spec, at(manifest, metadata + "/labels"), at(manifest, spec));
        }

        /** Containers and init containers with the pointer of each. */
        public List<Container> containers() {
            List<Container> out = new java.util.ArrayList<>();
            for (String list : List.of("initContainers", "containers")) {
                List<Value> items = podSpec().get(list).items();
                for (int i = 0; i < items.size(); i++) {
                    out.add(new Container(items.get(i), spec + "/" + list + "/" + i, list.equals("initContainers")));
                }
            }
            return out;
        }

        private static Value at(Manifest manifest, String pointer) {
            Value v = manifest.root();
            for (String t : Pointers.tokens(pointer)) {
                v = v instanceof org.maestroperf.deploy.validator.source.ListValue ? v.get(Integer.parseInt(t)) : v.get(t);
            }
            return v;
        }
    }

    /** One container of a pod spec. */
    public record Container(Value value, String pointer, boolean init) {
        public String name() {
            return value.get("name").textOr("");
        }
    }

    private PodTemplates() {
    }

    public static Optional<Pods> of(Manifest m) {
        return switch (m.kind()) {
            case "Pod" -> Optional.of(new Pods(m, "/metadata", "/spec"));
            case "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController",
                    "DeploymentConfig" -> Optional.of(new Pods(m, "/spec/template/metadata", "/spec/template/spec"));
            case "CronJob" -> Optional.of(new Pods(m, "/spec/jobTemplate/spec/template/metadata",
                    "/spec/jobTemplate/spec/template/spec"));
            case "PodTemplate" -> Optional.of(new Pods(m, "/template/metadata", "/template/spec"));
            default -> Optional.empty();
        };
    }
}
