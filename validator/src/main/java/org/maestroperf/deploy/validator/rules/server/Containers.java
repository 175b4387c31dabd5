package org.maestroperf.deploy.validator.rules.server;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.source.Value;

/** The containers of a pod spec with where each is, init containers first (the order the server reports them in). */
record Containers(Value value, FieldPath at, boolean init) {

    static List<Containers> of(Value podSpec, FieldPath spec) {
        List<Containers> out = new ArrayList<>();
        for (String list : PodRule.CONTAINER_LISTS) {
            List<Value> items = podSpec.get(list).items();
            for (int i = 0; i < items.size(); i++) {
                out.add(new Containers(items.get(i), spec.child(list).index(i), list.equals("initContainers")));
            }
        }
        return out;
    }

    String name() {
        return value.get("name").textOr("");
    }

    /** A sidecar: an init container that keeps running ({@code restartPolicy: Always}, Kubernetes 1.29 and later). */
    boolean sidecar() {
        return init && "Always".equals(Fields.string(value.get("restartPolicy")));
    }
}
