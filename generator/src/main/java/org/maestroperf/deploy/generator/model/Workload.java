package org.maestroperf.deploy.generator.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every Maestro pod shares, decided once by the model so templates only lay it out.
 *
 * @param component         short name ({@code worker}), also the {@code component} label
 * @param name              object name ({@code maestro-worker})
 * @param image             pinned image reference
 * @param pullPolicy        imagePullPolicy
 * @param replicas          Deployment replicas (1 for singletons)
 * @param labels            labels of the object and its pods
 * @param selector          the Deployment/Service selector, a subset of labels
 * @param affinity          the pod's {@code affinity} tree, or null for none
 * @param podSecurity       the pod's securityContext tree
 * @param containerSecurity the container's securityContext tree
 * @param resources         the container's resources tree (may be empty)
 * @param env               the container's env list (each item a {name, value|valueFrom} map)
 */
public record Workload(String component, String name, String image, String pullPolicy, int replicas,
                       Map<String, String> labels, Map<String, String> selector, Map<String, Object> affinity,
                       Map<String, Object> podSecurity, Map<String, Object> containerSecurity,
                       Map<String, Object> resources, List<Map<String, Object>> env) {

    /** The same pod settings under other labels and env (a client pod per test case). */
    public Workload with(Map<String, String> newLabels, List<Map<String, Object>> newEnv) {
        return new Workload(component, name, image, pullPolicy, replicas, newLabels, selector, affinity,
                podSecurity, containerSecurity, resources, newEnv);
    }

    /** The pod-spec fields every Maestro pod shares: affinity, no API token, securityContext. */
    public Map<String, Object> podFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (affinity != null) {
            fields.put("affinity", affinity);
        }
        // no Maestro component talks to the Kubernetes API
        fields.put("automountServiceAccountToken", false);
        if (!podSecurity.isEmpty()) {
            fields.put("securityContext", podSecurity);
        }
        return fields;
    }

    /** The container fields every Maestro container shares: image, pull policy, env, resources, securityContext. */
    public Map<String, Object> containerFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("image", image);
        fields.put("imagePullPolicy", pullPolicy);
        if (!env.isEmpty()) {
            fields.put("env", env);
        }
        if (!resources.isEmpty()) {
            fields.put("resources", resources);
        }
        fields.put("securityContext", containerSecurity);
        return fields;
    }
}
