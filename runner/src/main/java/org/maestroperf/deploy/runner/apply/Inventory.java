package org.maestroperf.deploy.runner.apply;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;

import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.contract.BundleContract;

/**
 * What an earlier apply of a bundle created, kept in a ConfigMap next to it, so objects that
 * left the bundle can be pruned and teardown knows everything to remove.
 */
public final class Inventory {

    private static final String KEY = "objects";
    private static final String PREFIX = "maestro-deploy-inventory-";

    private Inventory() {
    }

    /** The inventory ConfigMap's name for a bundle. */
    public static String configMapName(String bundle) {
        return PREFIX + bundle;
    }

    /** The objects recorded for {@code bundle} (empty when it was never applied here). */
    public static List<ObjectRef> read(Cluster cluster, String bundle) {
        return refs(cluster.client().configMaps().inNamespace(cluster.namespace()).withName(configMapName(bundle)).get());
    }

    /** The objects an inventory ConfigMap records (empty for null, a bundle never applied). */
    public static List<ObjectRef> refs(ConfigMap configMap) {
        if (configMap == null || configMap.getData() == null || configMap.getData().get(KEY) == null) {
            return List.of();
        }
        return configMap.getData().get(KEY).lines().map(ObjectRef::parse).filter(Objects::nonNull).toList();
    }

    /**
     * The objects the other bundles applied in this namespace recorded, by bundle name: what a
     * bundle must neither take over (pre-flight) nor delete (teardown).
     */
    public static Map<String, List<ObjectRef>> others(Cluster cluster, String bundle) {
        Map<String, List<ObjectRef>> others = new TreeMap<>();
        for (ConfigMap configMap : cluster.client().configMaps().inNamespace(cluster.namespace())
                .withLabel(BundleContract.LABEL_MANAGED_BY, BundleContract.TOOL).list().getItems()) {
            String name = configMap.getMetadata().getName();
            String other = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : null;
            if (other != null && !other.equals(bundle)) {
                others.put(other, refs(configMap));
            }
        }
        return others;
    }

    /** Records {@code refs} as the bundle's objects. */
    public static void write(Cluster cluster, String bundle, Collection<ObjectRef> refs, Applier applier) {
        List<String> lines = new ArrayList<>();
        refs.forEach(ref -> lines.add(ref.toString()));
        ConfigMap configMap = new ConfigMapBuilder().withNewMetadata().withName(configMapName(bundle))
                .withNamespace(cluster.namespace())
                .withLabels(Map.of(BundleContract.LABEL_MANAGED_BY, BundleContract.TOOL, BundleContract.LABEL_BUNDLE, bundle))
                .endMetadata().withData(Map.of(KEY, String.join("\n", lines) + "\n")).build();
        applier.apply(configMap);
    }
}
