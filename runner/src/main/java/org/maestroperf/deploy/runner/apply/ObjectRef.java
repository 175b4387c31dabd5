package org.maestroperf.deploy.runner.apply;

import java.util.LinkedHashMap;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** Identifies one applied object; its text form is one line of the inventory. */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    public static ObjectRef of(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return new ObjectRef(object.getApiVersion(), object.getKind(), namespace == null ? "" : namespace,
                object.getMetadata().getName());
    }

    /** Parses {@link #toString()}; null for a line that is not a reference. */
    public static ObjectRef parse(String line) {
        String[] parts = line.split(" ", -1);
        return parts.length == 4 ? new ObjectRef(parts[0], parts[1], parts[2], parts[3]) : null;
    }

    /** A typed object with only identity set, enough to delete it without API discovery. */
    public HasMetadata stub() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        if (!namespace.isEmpty()) {
            metadata.put("namespace", namespace);
        }
        return SERIALIZATION.unmarshal(SERIALIZATION.asJson(Map.of("apiVersion", apiVersion, "kind", kind,
                "metadata", metadata)), HasMetadata.class);
    }

    @Override
    public String toString() {
        return apiVersion + " " + kind + " " + namespace + " " + name;
    }
}
