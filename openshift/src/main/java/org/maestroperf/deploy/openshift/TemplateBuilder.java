package org.maestroperf.deploy.openshift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.contract.ProfileValues;
import org.maestroperf.deploy.contract.RenderedObject;

/**
 * Turns a generated bundle into an OpenShift Template: the bundle's objects without namespace, each
 * parameter's owned fields replaced by its reference, catalog metadata, and labels every object
 * already carries (so processing with the defaults gives back exactly the bundle's objects).
 */
public final class TemplateBuilder {

    static final String DOCUMENTATION_URL = "https://github.com/maestro-performance/maestro-java";
    static final String SUPPORT_URL = "https://github.com/maestro-performance/maestro-java/issues";

    /** Builds the Template of the in-bundle objects rendered from {@code profile}. */
    public PublishedTemplate build(ProfileValues profile, List<RenderedObject> bundled) {
        String platform = String.valueOf(profile.get("platform.name"));
        if (!"okd".equals(platform) && !"openshift".equals(platform)) {
            throw new UserException("Templates are an OKD/OpenShift feature, but the profile's platform is '"
                    + platform + "'; use an okd-* or openshift-* profile (or 'generate' for Kubernetes)");
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (RenderedObject o : bundled) {
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = (Map<String, Object>) Trees.copy(TreeReader.readOne(o.file(), o.yaml()));
            if ("Namespace".equals(tree.get("kind"))) {
                continue;
            }
            if (tree.get("metadata") instanceof Map<?, ?> metadata) {
                metadata.remove("namespace");
            }
            objects.add(tree);
        }
        refuseLiteralReferences(objects);

        List<Map<String, Object>> parameters = new ArrayList<>();
        List<OwnedField> owned = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        for (CatalogParameter p : MaestroParameters.of(profile)) {
            List<OwnedField> fields = new ArrayList<>();
            for (FieldClaim claim : p.claims()) {
                fields.addAll(claim.apply(objects, p, p.value()));
            }
            if (!fields.isEmpty()) {
                parameters.add(p.entry());
                owned.addAll(fields);
                offered.add(p.name());
            }
        }

        String broker = String.valueOf(profile.get("broker.kind"));
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("apiVersion", "template.openshift.io/v1");
        template.put("kind", "Template");
        template.put("metadata", metadata(profile, platform, broker));
        template.put("message", message(offered));
        template.put("labels", commonLabels(objects));
        template.put("parameters", parameters);
        template.put("objects", objects);
        return new PublishedTemplate(template, List.copyOf(owned));
    }

    /**
     * Templates have no escape for {@code ${...}}: a literal reference in a profile value or test case
     * would be substituted (or, undeclared, reported) when processed, so it is refused here.
     */
    private static void refuseLiteralReferences(List<Map<String, Object>> objects) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            collect(object, new ArrayList<>(), problems, object);
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
    }

    private static void collect(Object node, List<Object> path, List<String> problems, Map<String, Object> object) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                path.add(String.valueOf(k));
                collect(k, path, problems, object);
                collect(v, path, problems, object);
                path.remove(path.size() - 1);
            });
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                path.add(i);
                collect(l.get(i), path, problems, object);
                path.remove(path.size() - 1);
            }
        } else if (node instanceof String s && !ParameterRefs.names(s).isEmpty()) {
            problems.add(object.get("kind") + " " + Trees.name(object) + " " + Trees.pathString(path) + ": '"
                    + s + "' contains a Template parameter reference (${...}), which oc would substitute;"
                    + " Templates cannot escape it, so write the value without '${'");
        }
    }

    private static Map<String, Object> metadata(ProfileValues profile, String platform, String broker) {
        String brokerName = "activemq".equals(broker) ? "Apache ActiveMQ" : "Eclipse Mosquitto";
        String platformName = "okd".equals(platform) ? "OKD" : "OpenShift";
        Map<String, Object> annotations = new LinkedHashMap<>();
        annotations.put("openshift.io/display-name", "Maestro performance test system (" + brokerName + ")");
        annotations.put("description", "Maestro, a distributed messaging-performance test system: an MQTT"
                + " control-plane broker (" + brokerName + "), workers, inspector, agent and the reports web UI"
                + " with persistent storage, published by a Route. Tests run as Jobs created afterwards.");
        annotations.put("openshift.io/long-description", "Generated by maestro-deploy for " + platformName
                + " from profile " + source(profile) + ". Every pod runs under the restricted SCC (no fixed UID, no privilege escalation, all"
                + " capabilities dropped).");
        annotations.put("tags", "maestro,messaging,performance,benchmark,mqtt," + broker.toLowerCase(Locale.ROOT));
        annotations.put("iconClass", "icon-amq");
        annotations.put("openshift.io/provider-display-name", "The Maestro project");
        annotations.put("openshift.io/documentation-url", DOCUMENTATION_URL);
        annotations.put("openshift.io/support-url", SUPPORT_URL);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", "maestro-" + broker);
        metadata.put("annotations", annotations);
        return metadata;
    }

    /** The profile the user named: the last layer before any --set. */
    private static String source(ProfileValues profile) {
        List<String> named = profile.layers().stream().filter(l -> !l.startsWith("--set")).toList();
        return named.isEmpty() ? "(none)" : named.get(named.size() - 1);
    }

    /** Names only the parameters offered, so it never shows an unreplaced reference. */
    private static String message(List<String> offered) {
        StringBuilder m = new StringBuilder("Maestro is starting");
        if (offered.contains("WORKER_REPLICAS")) {
            m.append(" with ${WORKER_REPLICAS} worker(s)");
        }
        m.append(". Watch it with 'oc get pods -l app=maestro'. The reports web UI is at the host of the"
                + " 'reports' Route ('oc get route reports')");
        if (offered.contains("REPORTS_NODE_PORT")) {
            m.append(" and on port ${REPORTS_NODE_PORT} of every node");
        }
        m.append(". Inside the project the broker is mqtt://broker:1883");
        if (offered.contains("BROKER_NODE_PORT")) {
            m.append("; from outside the cluster, port ${BROKER_NODE_PORT} of any node");
        }
        m.append(". To run a test case, apply the client/ files of 'maestro-deploy generate --testcase FILE'.");
        return m.toString();
    }

    /** The labels (and values) every object already carries: applying them again changes nothing. */
    private static Map<String, Object> commonLabels(List<Map<String, Object>> objects) {
        Map<String, Object> common = null;
        for (Map<String, Object> object : objects) {
            Map<?, ?> labels = object.get("metadata") instanceof Map<?, ?> m && m.get("labels") instanceof Map<?, ?> l
                    ? l : Map.of();
            if (common == null) {
                common = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : labels.entrySet()) {
                    common.put(String.valueOf(e.getKey()), e.getValue());
                }
            } else {
                Set<String> keys = Set.copyOf(common.keySet());
                for (String key : keys) {
                    if (!common.get(key).equals(labels.get(key))) {
                        common.remove(key);
                    }
                }
            }
        }
        return common == null ? new LinkedHashMap<>() : common;
    }
}
