package org.maestroperf.deploy.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maestroperf.deploy.contract.BundleContract;

/**
 * What a difference means for a Maestro deployment, in one line: which component restarts or
 * scales, which test case changes, what the API server will refuse, what users of the reports or
 * the broker will notice. Objects are told apart by the labels the generator puts on them
 * ({@code app.kubernetes.io/component}, {@code maestro-deploy/testcase}); anything else gets a
 * plain description.
 */
final class MaestroMeaning {

    private static final Pattern QUANTITY = Pattern.compile("([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)([a-zA-Z]*)");

    private MaestroMeaning() {
    }

    static String of(ObjectDiff diff) {
        String meaning = describe(diff);
        String by = diff.changedBy();
        return by == null ? meaning : meaning + "; reverts what " + by + " changed on the cluster";
    }

    private static String describe(ObjectDiff d) {
        String testCase = label(d.tree(), BundleContract.LABEL_TESTCASE);
        if (testCase != null) {
            return testCase(d, testCase);
        }
        return switch (d.key().kind()) {
            case "Deployment", "StatefulSet", "DaemonSet" -> workload(d);
            case "PersistentVolumeClaim" -> claim(d);
            case "ConfigMap" -> configMap(d);
            case "Secret" -> secret(d);
            case "Service" -> service(d);
            case "Route" -> exposure(d, "Route", "spec.host");
            case "Ingress" -> exposure(d, "Ingress", "spec.rules[0].host");
            case "Namespace" -> namespace(d);
            default -> generic(d);
        };
    }

    private static String testCase(ObjectDiff d, String name) {
        switch (d.change()) {
            case ADDED:
                return "test case " + name + ": added" + (d.key().kind().equals("Job") ? " (its client Job)" : "");
            case REMOVED:
                return "test case " + name + ": removed" + (d.key().kind().equals("Job") ? " (its client Job)" : "");
            default:
                break;
        }
        if (d.key().kind().equals("ConfigMap")) {
            List<String> keys = d.fields().stream().map(FieldChange::path).filter(p -> p.startsWith("data"))
                    .map(MaestroMeaning::lastKey).distinct().toList();
            if (keys.isEmpty()) {
                return "test case " + name + ": labels or annotations changed";
            }
            return "test case " + name + ": parameters changed (" + String.join(", ", keys) + ")";
        }
        return "test case " + name + ": " + (d.key().kind().equals("Job") ? "client Job" : d.key().kind())
                + " changed (the next run uses it)";
    }

    private static String workload(ObjectDiff d) {
        String component = component(d);
        String kind = d.key().kind();
        switch (d.change()) {
            case ADDED:
                return component + (component.equals("workers") ? " are added: their pods start" : " is added: its pods start");
            case REMOVED:
                return component + (component.equals("workers") ? " are removed: their pods stop" : " is removed: its pods stop");
            default:
                break;
        }
        if (touches(d, "spec.selector")) {
            return component + " selector changed: the API server refuses it (immutable); delete the " + kind + " first";
        }
        boolean template = touches(d, "spec.template");
        FieldChange replicas = field(d, "spec.replicas");
        String scale = replicas == null ? null
                : scaling(component) + " " + text(replicas.oldValue(), "1") + " → " + text(replicas.newValue(), "1");
        String pods = component.equals("workers") ? "worker pods restart"
                : component + (replicasOf(d.newTree()) == 1 ? " pod restarts" : " pods restart");
        if (template) {
            return (scale == null ? "" : scale + ", and ") + pods + " (pod template changed)";
        }
        if (scale != null) {
            return scale + " (no restart)";
        }
        if (d.fields().stream().allMatch(f -> f.path().startsWith("metadata"))) {
            return component + ": labels or annotations changed (no restart)";
        }
        return component + ": " + kind + " settings changed (no restart)";
    }

    private static String claim(ObjectDiff d) {
        String name = claimName(d);
        switch (d.change()) {
            case ADDED:
                return name + " is created (empty)";
            case REMOVED:
                return name + " is deleted: the data on it is lost";
            default:
                break;
        }
        FieldChange size = field(d, "spec.resources.requests.storage");
        boolean otherSpec = d.fields().stream().anyMatch(f -> f.path().startsWith("spec") && f != size);
        if (otherSpec) {
            return name + ": spec changed beyond its size, which a claim does not allow (immutable): the apply is refused;"
                    + " only deleting the claim (and its data) can";
        }
        if (size != null) {
            String from = text(size.oldValue(), "?");
            String to = text(size.newValue(), "?");
            int order = compareQuantities(from, to);
            if (order > 0) {
                return name + " cannot shrink (" + from + " → " + to + "): the API server refuses it";
            }
            return name + " size change: only grows, needs a StorageClass that allows expansion (" + from + " → " + to + ")";
        }
        return name + ": labels or annotations changed";
    }

    private static String configMap(ObjectDiff d) {
        String name = d.key().name();
        String component = label(d.tree(), BundleContract.LABEL_COMPONENT);
        if ("broker".equals(component)) {
            return switch (d.change()) {
                case ADDED -> "broker configuration " + name + " is added";
                case REMOVED -> "broker configuration " + name + " is removed";
                default -> "broker configuration changed: takes effect when the broker pod restarts (it does not restart by itself)";
            };
        }
        return switch (d.change()) {
            case ADDED -> "ConfigMap " + name + " is added";
            case REMOVED -> "ConfigMap " + name + " is removed";
            default -> "ConfigMap " + name + " changed: pods that read it see it after they restart";
        };
    }

    private static String secret(ObjectDiff d) {
        String name = d.key().name();
        return switch (d.change()) {
            case ADDED -> "Secret " + name + " is added (values not shown)";
            case REMOVED -> "Secret " + name + " is removed";
            default -> d.fields().stream().anyMatch(f -> f.path().startsWith("data") || f.path().startsWith("stringData"))
                    ? "Secret " + name + ": values changed (not shown)"
                    : "Secret " + name + " changed (values unchanged)";
        };
    }

    private static String service(ObjectDiff d) {
        String name = d.key().name();
        switch (d.change()) {
            case ADDED:
                return "Service " + name + " is added" + (isNodePort(d.newTree()) ? " (a NodePort, reachable from outside)" : "");
            case REMOVED:
                return "Service " + name + " is removed: what it exposed is no longer reachable through it";
            default:
                break;
        }
        for (FieldChange f : d.fields()) {
            if (f.path().endsWith(".nodePort") && f.change() == Change.CHANGED) {
                return "Service " + name + ": NodePort " + f.oldValue() + " → " + f.newValue()
                        + ": clients outside the cluster must use the new port";
            }
        }
        FieldChange type = field(d, "spec.type");
        if (type != null) {
            return "Service " + name + ": type " + text(type.oldValue(), "ClusterIP") + " → " + text(type.newValue(), "ClusterIP");
        }
        if (touches(d, "spec.selector")) {
            return "Service " + name + ": selects other pods";
        }
        if (touches(d, "spec.ports")) {
            return "Service " + name + ": ports changed";
        }
        return "Service " + name + " changed";
    }

    private static String exposure(ObjectDiff d, String kind, String hostPath) {
        String what = "reports".equals(label(d.tree(), BundleContract.LABEL_COMPONENT)) ? "the reports URL" : "its URL";
        switch (d.change()) {
            case ADDED:
                return kind + " " + d.key().name() + " is added" + host(d.newTree(), hostPath);
            case REMOVED:
                return kind + " " + d.key().name() + " is removed: " + what + " stops working";
            default:
                break;
        }
        FieldChange host = field(d, hostPath);
        if (host != null) {
            return kind + " host changed: " + what + " changes (" + text(host.oldValue(), "(generated)") + " → "
                    + text(host.newValue(), "(generated)") + ")";
        }
        if (touches(d, "spec.tls")) {
            return kind + " " + d.key().name() + ": TLS settings changed";
        }
        return kind + " " + d.key().name() + " changed";
    }

    private static String namespace(ObjectDiff d) {
        return switch (d.change()) {
            case ADDED -> "namespace " + d.key().name() + " is created";
            case REMOVED -> "namespace " + d.key().name() + " is deleted, and everything in it";
            default -> "namespace " + d.key().name() + ": labels or annotations changed";
        };
    }

    private static String generic(ObjectDiff d) {
        String what = d.key().kind() + " " + d.key().name();
        return switch (d.change()) {
            case ADDED -> what + " is added";
            case REMOVED -> what + " is removed";
            default -> what + " changed (" + d.fields().size() + (d.fields().size() == 1 ? " field)" : " fields)");
        };
    }

    /** The component's name as a sentence starts it: {@code workers}, {@code broker}, {@code reports}. */
    private static String component(ObjectDiff d) {
        String component = label(d.tree(), BundleContract.LABEL_COMPONENT);
        if (component == null) {
            component = label(d.tree(), "component");
        }
        if (component == null) {
            return d.key().kind() + " " + d.key().name();
        }
        return component.equals("worker") ? "workers" : component;
    }

    private static String scaling(String component) {
        return component.equals("workers") ? "workers scale" : component + " scales";
    }

    private static String claimName(ObjectDiff d) {
        String component = label(d.tree(), BundleContract.LABEL_COMPONENT);
        return (component == null ? "" : component + " ") + "PVC " + d.key().name();
    }

    private static String host(Map<String, Object> tree, String hostPath) {
        Object host = tree == null ? null : at(tree, hostPath);
        return host == null ? "" : ": " + host;
    }

    private static boolean isNodePort(Map<String, Object> tree) {
        return tree != null && "NodePort".equals(at(tree, "spec.type"));
    }

    private static int replicasOf(Map<String, Object> tree) {
        Object replicas = tree == null ? null : at(tree, "spec.replicas");
        return replicas instanceof Number n ? n.intValue() : 1;
    }

    /** A value by a dotted path of map keys and [index] steps; null where absent. */
    private static Object at(Map<String, Object> tree, String path) {
        Object value = tree;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String key = bracket < 0 ? step : step.substring(0, bracket);
            value = value instanceof Map<?, ?> m ? m.get(key) : null;
            if (bracket >= 0) {
                int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
                value = value instanceof List<?> l && index < l.size() ? l.get(index) : null;
            }
        }
        return value;
    }

    private static boolean touches(ObjectDiff d, String path) {
        return d.fields().stream().anyMatch(f -> FieldPaths.overlap(f.path(), path));
    }

    private static FieldChange field(ObjectDiff d, String path) {
        return d.fields().stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
    }

    private static String label(Map<String, Object> tree, String label) {
        Object metadata = tree == null ? null : tree.get("metadata");
        Object labels = metadata instanceof Map<?, ?> m ? m.get("labels") : null;
        Object value = labels instanceof Map<?, ?> l ? l.get(label) : null;
        return value == null ? null : value.toString();
    }

    /** The last key of a path: {@code messageSize} of {@code data.messageSize}, {@code a.b} of {@code data["a.b"]}. */
    private static String lastKey(String path) {
        if (path.endsWith("\"]")) {
            int start = path.lastIndexOf("[\"");
            return path.substring(start + 2, path.length() - 2).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String text(Object value, String absent) {
        return value == null ? absent : Objects.toString(value);
    }

    /** Compares two Kubernetes quantities ({@code 30Gi}, {@code 500M}, {@code 1e3}); 0 when either does not read. */
    static int compareQuantities(String a, String b) {
        BigDecimal x = quantity(a);
        BigDecimal y = quantity(b);
        return x == null || y == null ? 0 : x.compareTo(y);
    }

    private static BigDecimal quantity(String text) {
        Matcher m = QUANTITY.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        String suffix = m.group(2);
        int binary = List.of("", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei").indexOf(suffix);
        if (binary > 0) {
            return number.multiply(BigDecimal.valueOf(1024).pow(binary));
        }
        int decimal = List.of("", "k", "M", "G", "T", "P", "E").indexOf(suffix);
        if (decimal >= 0) {
            return number.multiply(BigDecimal.TEN.pow(3 * decimal));
        }
        return switch (suffix) {
            case "m" -> number.movePointLeft(3);
            case "u" -> number.movePointLeft(6);
            case "n" -> number.movePointLeft(9);
            default -> null;
        };
    }
}
