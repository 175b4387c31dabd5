package org.maestroperf.deploy.generator.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.generator.profile.EffectiveProfile;
import org.maestroperf.deploy.generator.testcase.ScriptFolder;
import org.maestroperf.deploy.generator.testcase.TestCase;
import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.image.ImageReference;

/**
 * Builds the {@link MaestroModel} from an effective profile and test cases. Every platform and security
 * decision is made here, once, so templates never branch on the platform.
 */
public final class ModelBuilder {

    /** A tag that names a moving target rather than a build. */

    private final EffectiveProfile profile;

    public ModelBuilder(EffectiveProfile profile) {
        this.profile = profile;
    }

    /** The whole bundle for these test cases (may be empty: infrastructure only). */
    public MaestroModel build(List<TestCase> testCases) {
        String namespace = string("namespace");
        Map<String, String> common = new LinkedHashMap<>();
        common.put("app", "maestro");
        common.put(BundleContract.LABEL_NAME, BundleContract.APP);
        common.put(BundleContract.LABEL_PART_OF, BundleContract.APP);
        common.put(BundleContract.LABEL_MANAGED_BY, BundleContract.TOOL);

        String brokerKind = string("broker.kind");
        Workload brokerWorkload = workload("broker", "broker", brokerKind, 1, List.of());
        Broker broker = new Broker(brokerWorkload, brokerKind, nullableInt("broker.externalNodePort"),
                nullableString("broker.mosquittoConfig"));

        List<Map<String, Object>> brokerEnv = List.of(env("MAESTRO_BROKER", Broker.URL));
        Reports reports = new Reports(workload("reports", "reports", "reports", 1, brokerEnv),
                string("platform.reportsExposure"), nullableString("reports.host"),
                nullableString("reports.ingressClassName"), string("reports.routeTls"),
                nullableInt("reports.nodePort"), string("reports.storage.size"),
                nullableString("reports.storage.className"));

        Workload worker = workload("worker", "worker", "worker", integer("worker.replicas"), brokerEnv);
        Workload inspector = enabled("inspector") ? workload("inspector", "inspector", "inspector", 1, brokerEnv) : null;
        Workload agent = enabled("agent") ? workload("agent", "agent", "agent", 1, brokerEnv) : null;
        Exporter exporter = null;
        if (enabled("exporter")) {
            int port = integer("exporter.port");
            exporter = new Exporter(workload("exporter", "exporter", "exporter", 1,
                    List.of(env("MAESTRO_BROKER", Broker.URL), env("MAESTRO_EXPORTER_PORT", String.valueOf(port)))), port);
        }

        return new MaestroModel(namespace, string("platform.name"), bool("platform.createNamespace"), common,
                broker, reports, worker, inspector, agent, exporter, client(testCases));
    }

    private Client client(List<TestCase> testCases) {
        Workload base = workload("client", "client", "client", 1, List.of(env("MAESTRO_BROKER", Broker.URL)));
        Map<String, String> scripts = Map.of();
        String folder = nullableString("client.scripts");
        if (folder != null) {
            scripts = ScriptFolder.read(resolveAgainstOrigin("client.scripts", folder));
        }
        ClientRunBuilder runs = new ClientRunBuilder(scripts, base);
        List<ClientRun> built = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (TestCase tc : testCases) {
            try {
                built.add(runs.build(tc));
            } catch (UserException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return new Client(base, "job".equals(string("client.form")), nullableInt("client.ttlSecondsAfterFinished"),
                scripts, List.copyOf(built), List.of("stop", "unassign"));
    }

    /**
     * A component's pod settings.
     *
     * @param component the profile section and label ({@code worker})
     * @param name      the object name suffix ({@code maestro-<name>})
     * @param image     the key under {@code images}
     * @param baseEnv   variables the component needs; the profile's env adds to or overrides them by name
     */
    private Workload workload(String component, String name, String image, int replicas,
                              List<Map<String, Object>> baseEnv) {
        Map<String, String> selector = new LinkedHashMap<>();
        selector.put("app", "maestro");
        selector.put("component", component);
        Map<String, String> labels = new LinkedHashMap<>(selector);
        labels.put(BundleContract.LABEL_NAME, BundleContract.APP);
        labels.put(BundleContract.LABEL_COMPONENT, component);
        labels.put(BundleContract.LABEL_PART_OF, BundleContract.APP);
        labels.put(BundleContract.LABEL_MANAGED_BY, BundleContract.TOOL);
        return new Workload(component, "maestro-" + name, image("images." + image), string("imagePullPolicy"),
                replicas, labels, selector, affinity(nullableString(component + ".role")), podSecurity(),
                containerSecurity(), map(component + ".resources"), mergeEnv(baseEnv, list(component + ".env")));
    }

    private String image(String path) {
        String ref = string(path);
        if (ImageReference.parse(ref).floating() && !"Always".equals(string("imagePullPolicy"))) {
            throw new UserException(origin(path) + ": " + path + ": image '" + ref + "' is not pinned to a version;"
                    + " give a version tag or a digest, or set imagePullPolicy: Always to accept a moving tag");
        }
        return ref;
    }

    private Map<String, Object> affinity(String role) {
        String mode = string("nodeAffinity.mode");
        if ("none".equals(mode) || role == null) {
            return null;
        }
        Map<String, Object> expression = new LinkedHashMap<>();
        expression.put("key", string("nodeAffinity.key"));
        expression.put("operator", "In");
        expression.put("values", List.of(role));
        Map<String, Object> term = Map.of("matchExpressions", List.of(expression));
        Map<String, Object> nodeAffinity;
        if ("required".equals(mode)) {
            nodeAffinity = Map.of("requiredDuringSchedulingIgnoredDuringExecution",
                    Map.of("nodeSelectorTerms", List.of(term)));
        } else {
            Map<String, Object> preference = new LinkedHashMap<>();
            preference.put("weight", integer("nodeAffinity.weight"));
            preference.put("preference", term);
            nodeAffinity = Map.of("preferredDuringSchedulingIgnoredDuringExecution", List.of(preference));
        }
        return Map.of("nodeAffinity", nodeAffinity);
    }

    private Map<String, Object> podSecurity() {
        Map<String, Object> security = new LinkedHashMap<>();
        if (bool("security.runAsNonRoot")) {
            security.put("runAsNonRoot", true);
        }
        putIfSet(security, "runAsUser", nullableInt("platform.runAsUser"));
        putIfSet(security, "fsGroup", nullableInt("platform.fsGroup"));
        putIfSet(security, "seccompProfile", nullableString("security.seccompProfile") == null ? null
                : Map.of("type", string("security.seccompProfile")));
        return security;
    }

    private Map<String, Object> containerSecurity() {
        Map<String, Object> security = new LinkedHashMap<>();
        security.put("allowPrivilegeEscalation", bool("security.allowPrivilegeEscalation"));
        security.put("readOnlyRootFilesystem", bool("security.readOnlyRootFilesystem"));
        List<Object> drop = list("security.dropCapabilities");
        if (!drop.isEmpty()) {
            security.put("capabilities", Map.of("drop", drop));
        }
        return security;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> mergeEnv(List<Map<String, Object>> base, List<Object> fromProfile) {
        return EnvLists.mergeByName(base, fromProfile.stream().map(item -> textValue((Map<String, Object>) item)).toList());
    }

    /**
     * An env value is a string in Kubernetes; the profile may write {@code value: 4} or {@code true},
     * which become the text "4" and "true" (the escaper then quotes them so they stay strings).
     */
    private static Map<String, Object> textValue(Map<String, Object> item) {
        Object value = item.get("value");
        if (value == null || value instanceof String) {
            return item;
        }
        Map<String, Object> text = new LinkedHashMap<>(item);
        text.put("value", String.valueOf(value));
        return text;
    }

    private static Map<String, Object> env(String name, String value) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", name);
        item.put("value", value);
        return item;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** A relative path in a profile is relative to the file that set it; from --set, to the working directory. */
    private Path resolveAgainstOrigin(String path, String value) {
        Path given = Path.of(value);
        if (given.isAbsolute()) {
            return given;
        }
        SourcePosition origin = profile.origins().get(path);
        if (origin != null && origin.line() > 0) {
            Path file = Path.of(origin.file());
            if (Files.isRegularFile(file) && file.getParent() != null) {
                return file.getParent().resolve(given);
            }
        }
        return given;
    }

    private boolean enabled(String component) {
        return bool(component + ".enabled");
    }

    private String origin(String path) {
        SourcePosition origin = profile.origins().get(path);
        return origin == null ? "profile" : origin.toString();
    }

    private Object required(String path) {
        Object value = profile.get(path);
        if (value == null) {
            throw new UserException(origin(path) + ": " + path + " must be set");
        }
        return value;
    }

    private String string(String path) {
        return String.valueOf(required(path));
    }

    private String nullableString(String path) {
        Object value = profile.get(path);
        return value == null ? null : String.valueOf(value);
    }

    private int integer(String path) {
        return exactInt(path, required(path));
    }

    private Integer nullableInt(String path) {
        Object value = profile.get(path);
        return value == null ? null : exactInt(path, value);
    }

    /**
     * The profile schema bounds every integer to its field's range (all within int), so YAML reads each
     * as an Integer; anything else is a gap in the schema, never a value to narrow (4294967296 is not 0).
     */
    private static int exactInt(String path, Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        throw new IllegalStateException(path + ": " + value + " passed the profile schema but is no int");
    }

    private boolean bool(String path) {
        return Boolean.TRUE.equals(required(path));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String path) {
        Object value = profile.get(path);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(String path) {
        Object value = profile.get(path);
        return value == null ? List.of() : (List<Object>) value;
    }
}
