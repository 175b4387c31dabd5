package org.maestroperf.deploy.generator.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.maestroperf.deploy.diag.UserException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a rendered document back before anything is written: it must be exactly one YAML mapping
 * with apiVersion, kind and metadata.name, and must read into the fabric8 model.
 */
public final class RenderedReader {

    /** The kinds the built-in templates render. */
    private static final Map<String, Class<? extends HasMetadata>> KNOWN = Map.of(
            "v1/Namespace", io.fabric8.kubernetes.api.model.Namespace.class,
            "v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class,
            "v1/PersistentVolumeClaim", io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class,
            "v1/Service", io.fabric8.kubernetes.api.model.Service.class,
            "v1/Pod", io.fabric8.kubernetes.api.model.Pod.class,
            "apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class,
            "batch/v1/Job", io.fabric8.kubernetes.api.model.batch.v1.Job.class,
            "networking.k8s.io/v1/Ingress", io.fabric8.kubernetes.api.model.networking.v1.Ingress.class,
            "route.openshift.io/v1/Route", io.fabric8.openshift.api.model.Route.class);

    /** The kinds every bundle holds (its Deployments, Services, reports volume, test cases and commands). */
    private static final List<Class<? extends HasMetadata>> IN_EVERY_BUNDLE = List.of(
            io.fabric8.kubernetes.api.model.apps.Deployment.class, io.fabric8.kubernetes.api.model.batch.v1.Job.class,
            io.fabric8.kubernetes.api.model.Service.class, io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class,
            io.fabric8.kubernetes.api.model.ConfigMap.class);
    private static final Resolver RESOLVER = new Resolver();
    private static final Map<String, Boolean> PLAIN_STRINGS = new ConcurrentHashMap<>();

    private final KubernetesSerialization serialization = new KubernetesSerialization();
    /** A Yaml instance is costly to build and not thread-safe: one per rendering thread. */
    private final ThreadLocal<Yaml> yaml = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(options);
    });

    public RenderedReader() {
        // Jackson's first look at the model classes costs most of a second on a cold JVM; done on a
        // side thread, it overlaps with loading profiles and rendering, which need none of it. Only
        // for the kinds every bundle has: the others (a Route or an Ingress, a bare Pod) are looked
        // at when one is read, instead of costing every run
        Thread warmUp = new Thread(() -> IN_EVERY_BUNDLE.forEach(type -> {
            try {
                serialization.convertValue(Map.of(), type);
            } catch (RuntimeException ignored) {
                // only the deserializers it builds matter; read() reports real problems
            }
        }), "fabric8-model-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * The rendered text as a fabric8 object, or a UserException naming the template.
     *
     * @param parsed the same text already parsed into a tree (by the validator), or null to parse it here
     */
    public HasMetadata read(String origin, String yaml, Map<?, ?> parsed) {
        Map<?, ?> document = parsed != null && readsAlike(yaml, parsed) ? parsed : parse(origin, yaml);
        if (!(document.get("metadata") instanceof Map<?, ?> metadata) || metadata.get("name") == null
                || document.get("apiVersion") == null || document.get("kind") == null) {
            throw new UserException(origin + ": rendered an object without apiVersion, kind or metadata.name");
        }
        try {
            Class<? extends HasMetadata> type = KNOWN.get(document.get("apiVersion") + "/" + document.get("kind"));
            // converting the tree we already have into a known class skips fabric8's registry lookup,
            // which loads every model class it knows: the difference is most of a cold start
            return type != null ? serialization.convertValue(document, type)
                    : serialization.unmarshal(yaml, HasMetadata.class);
        } catch (RuntimeException e) {
            throw new UserException(origin + ": rendered an object the Kubernetes model cannot read: " + e.getMessage());
        }
    }

    private Map<?, ?> parse(String origin, String yaml) {
        List<Object> documents = new ArrayList<>();
        try {
            this.yaml.get().loadAll(yaml).forEach(documents::add);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new UserException(origin + ": rendered invalid YAML (line " + line + " of its output): "
                    + e.getProblem());
        }
        if (documents.size() != 1 || !(documents.get(0) instanceof Map<?, ?> document)) {
            throw new UserException(origin + ": must render exactly one YAML mapping, rendered "
                    + documents.size() + " document(s)");
        }
        return document;
    }

    /**
     * Whether a tree parsed elsewhere (YAML 1.1 types, other tags kept as text) is what this reader's own
     * parse would build from the text: one document (no marker that starts another), no explicit tag,
     * and no key or value that this reader's constructor turns into something else (a null, boolean or
     * number key, a timestamp). Otherwise the text is parsed here, with this reader's own errors.
     */
    private static boolean readsAlike(String yaml, Object tree) {
        return yaml.indexOf('!') < 0 && !yaml.contains("\n---") && !yaml.contains("\n...") && plainTyped(tree);
    }

    private static boolean plainTyped(Object node) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key) || !isPlainString(key) || !plainTyped(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                if (!plainTyped(item)) {
                    return false;
                }
            }
            return true;
        }
        // a timestamp starts with a four-digit year and a dash
        return !(node instanceof String text) || text.length() < 5 || text.charAt(4) != '-'
                || RESOLVER.resolve(NodeId.scalar, text, true) != Tag.TIMESTAMP;
    }

    /** Whether YAML 1.1 reads this text, written plain, as a string; keys repeat, so each is resolved once. */
    private static boolean isPlainString(String text) {
        return PLAIN_STRINGS.computeIfAbsent(text, t -> RESOLVER.resolve(NodeId.scalar, t, true) == Tag.STR);
    }
}
