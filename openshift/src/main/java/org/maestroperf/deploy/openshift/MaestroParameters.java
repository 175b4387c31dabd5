package org.maestroperf.deploy.openshift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.maestroperf.deploy.contract.ProfileValues;

/**
 * The parameters of a published Maestro Template: for each, its catalog text, its default from the
 * profile and the fields it owns. A parameter whose fields the bundle does not have (a disabled
 * NodePort Service, no node affinity) is not offered.
 *
 * <p>Optional fields the profile may leave null (Route host, StorageClass) get typed parameters whose
 * default is JSON {@code null}: the API reads null as "not set", so the cluster default applies. An
 * empty text value would not do for the StorageClass: {@code storageClassName: ""} means "no class"
 * and turns dynamic provisioning off.
 */
final class MaestroParameters {

    private static final List<String> POD_SPECS = List.of("spec.template.spec", "spec");
    private static final List<String> AFFINITY_KEYS = List.of(
            "affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[*].preference.matchExpressions[*].key",
            "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[*].matchExpressions[*].key");
    private static final Predicate<Map<String, Object>> ANY = o -> true;

    private MaestroParameters() {
    }

    /** The parameters for this profile, in the order the catalog shows them (before dropping unowned ones). */
    static List<CatalogParameter> of(ProfileValues profile) {
        List<CatalogParameter> all = new ArrayList<>();
        all.add(new CatalogParameter("WORKER_REPLICAS", "Worker replicas",
                "Number of Maestro worker pods, the peers that send and receive the test traffic.",
                true, true, text(profile.get("worker.replicas")),
                List.of(FieldClaim.whole("Deployment", "maestro-worker", "spec.replicas", false))));
        if (profile.get("broker.externalNodePort") != null) {
            all.add(new CatalogParameter("BROKER_NODE_PORT", "Broker NodePort",
                    "NodePort (30000-32767) of the broker-external Service, for MQTT clients outside the cluster.",
                    true, true, text(profile.get("broker.externalNodePort")),
                    List.of(FieldClaim.whole("Service", "broker-external", "spec.ports[*].nodePort", false))));
        }
        all.add(new CatalogParameter("REPORTS_HOST", "Reports host name",
                "Host name of the Route publishing the reports web UI; null (the default) lets the router"
                        + " generate one (oc get route reports shows it).",
                false, true, json(profile.get("reports.host")),
                List.of(FieldClaim.whole("Route", "reports", "spec.host", true))));
        if (profile.get("reports.nodePort") != null) {
            all.add(new CatalogParameter("REPORTS_NODE_PORT", "Reports NodePort",
                    "NodePort (30000-32767) of the reports-external Service, the reports UI on every node.",
                    true, true, text(profile.get("reports.nodePort")),
                    List.of(FieldClaim.whole("Service", "reports-external", "spec.ports[*].nodePort", false))));
        }
        all.add(new CatalogParameter("REPORTS_STORAGE_SIZE", "Reports storage size",
                "Size of the reports-data volume claim that keeps test results (a quantity such as 30Gi).",
                true, false, text(profile.get("reports.storage.size")),
                List.of(FieldClaim.whole("PersistentVolumeClaim", "reports-data", "spec.resources.requests.storage", false))));
        all.add(new CatalogParameter("REPORTS_STORAGE_CLASS", "Reports StorageClass",
                "StorageClass of the reports-data volume claim; null (the default) uses the cluster's default"
                        + " StorageClass. An empty value means no class at all: only a pre-created volume without"
                        + " class can then bind.",
                false, true, json(profile.get("reports.storage.className")),
                List.of(FieldClaim.whole("PersistentVolumeClaim", "reports-data", "spec.storageClassName", true))));
        String tag = tag(String.valueOf(profile.get("images.worker")));
        if (tag != null) {
            Set<String> maestroImages = maestroImages(profile);
            all.add(new CatalogParameter("MAESTRO_IMAGE_TAG", "Maestro image tag",
                    "Tag of the Maestro component images (the broker's too when it is ActiveMQ); the third-party"
                            + " Mosquitto image keeps its own tag.",
                    true, false, tag,
                    List.of(FieldClaim.suffix(ANY, under(POD_SPECS, List.of("containers[*].image", "initContainers[*].image")),
                            (image, t) -> maestroImages.contains(image) && image.endsWith(":" + t)))));
        }
        all.add(new CatalogParameter("NODE_ROLE_KEY", "Node role label key",
                "Node label whose value (infra or worker) places each Maestro component, e.g. after"
                        + " 'oc label node NODE " + profile.get("nodeAffinity.key") + "=worker'.",
                true, false, text(profile.get("nodeAffinity.key")),
                List.of(FieldClaim.suffix(ANY, under(POD_SPECS, AFFINITY_KEYS), String::equals))));
        return all;
    }

    private static List<String> under(List<String> prefixes, List<String> paths) {
        List<String> out = new ArrayList<>();
        prefixes.forEach(prefix -> paths.forEach(path -> out.add(prefix + "." + path)));
        return out;
    }

    /** Every image of a Maestro component, i.e. all but the third-party Mosquitto broker. */
    private static Set<String> maestroImages(ProfileValues profile) {
        Set<String> images = new TreeSet<>();
        if (profile.get("images") instanceof Map<?, ?> map) {
            map.forEach((component, image) -> {
                if (!"mosquitto".equals(component) && image != null) {
                    images.add(String.valueOf(image));
                }
            });
        }
        return images;
    }

    /** The tag of an image reference, or null for a digest or no tag. */
    private static String tag(String image) {
        if (image.contains("@")) {
            return null;
        }
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(colon + 1) : null;
    }

    private static String text(Object value) {
        return String.valueOf(value);
    }

    /** A nullable text as a typed default: JSON null, the text itself when oc would keep it a string, else JSON-quoted. */
    private static String json(Object value) {
        if (value == null) {
            return "null";
        }
        String s = String.valueOf(value);
        return JsonValue.isJson(s) || s.isEmpty() ? TreeWriter.json(s).strip() : s;
    }
}
