package org.maestroperf.deploy.validator.rules.server;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.rules.NameSyntax;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Value;

/** Container resources: quantities that parse and are not negative, known resource names, requests within limits. */
final class ResourceRules {

    private ResourceRules() {
    }

    /** Every quantity the server decodes: container requests and limits, emptyDir size limits, PVC requests and limits. */
    static final class QuantitySyntax extends ServerRule {
        QuantitySyntax() {
            super("server-quantity", "resource quantities parse (e.g. 500m, 4Gi) and requests and limits are not negative");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("PersistentVolumeClaim");
        }

        @Override
        void pod(PodSpec p, Errors errors) {
            // a quantity that does not parse is refused as the object is decoded: StatefulSets' too
            for (Containers c : p.containers()) {
                for (String kind : List.of("limits", "requests")) {
                    amounts(p.manifest(), c.value().path("resources", kind), c.at().child("resources", kind), p.validated(), errors);
                }
            }
            List<Value> volumes = p.spec().get("volumes").items();
            for (int i = 0; i < volumes.size(); i++) {
                String size = Quantity.text(volumes.get(i).path("emptyDir", "sizeLimit"));
                if (size != null && Quantity.parse(size) == null) {
                    errors.invalid(p.manifest(), p.at().child("volumes").index(i).child("emptyDir", "sizeLimit"), size, Quantity.FORMAT);
                }
            }
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (kind.equals("PersistentVolumeClaim")) {
                for (String amounts : List.of("limits", "requests")) {
                    amounts(m, m.root().path("spec", "resources", amounts), FieldPath.ROOT.child("spec", "resources", amounts), false, errors);
                }
            }
        }

        private static void amounts(Manifest m, Value amounts, FieldPath at, boolean nonNegative, Errors errors) {
            if (!(amounts instanceof MapValue map)) {
                return;
            }
            for (int i = 0; i < map.size(); i++) {
                String text = Quantity.text(map.value(i));
                if (text == null) {
                    continue;
                }
                BigDecimal value = Quantity.parse(text);
                if (value == null) {
                    errors.invalid(m, at.key(map.key(i)), text, Quantity.FORMAT);
                } else if (nonNegative && value.signum() < 0) {
                    errors.invalid(m, at.key(map.key(i)), text, Messages.NON_NEGATIVE);
                } else if (nonNegative && extended(map.key(i)) && value.stripTrailingZeros().scale() > 0) {
                    errors.invalid(m, at.key(map.key(i)), text, "must be an integer");
                }
            }
        }
    }

    static final class Name extends PodRule {
        Name() {
            super("server-resource-name", "container resources are cpu, memory, ephemeral-storage, hugepages-<size> or domain-qualified extended resources");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            for (Containers c : containers) {
                for (String kind : List.of("limits", "requests")) {
                    if (!(c.value().path("resources", kind) instanceof MapValue map)) {
                        continue;
                    }
                    for (int i = 0; i < map.size(); i++) {
                        String name = map.key(i);
                        String problem = problem(name);
                        if (problem != null) {
                            errors.invalid(m, c.at().child("resources", kind).key(name), name, problem);
                        }
                    }
                }
            }
        }

        private static String problem(String name) {
            String qualified = NameSyntax.qualifiedNameProblem(name);
            if (qualified != null) {
                return "name part " + qualified.substring("has an ".length());
            }
            if (name.indexOf('/') < 0) {
                return standard(name) ? null : "must be a standard resource for containers";
            }
            if (!native_(name) && (name.startsWith("requests.") || NameSyntax.qualifiedNameProblem("requests." + name) != null)) {
                return "doesn't follow extended resource name standard";
            }
            return null;
        }
    }

    static final class RequestsWithinLimits extends PodRule {
        RequestsWithinLimits() {
            super("server-requests-limits", "requests are at most the limits; hugepages and extended resources request exactly their limit");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            for (Containers c : containers) {
                Value limits = c.value().path("resources", "limits");
                if (!(c.value().path("resources", "requests") instanceof MapValue requests)) {
                    continue;
                }
                FieldPath requestsAt = c.at().child("resources", "requests");
                for (int i = 0; i < requests.size(); i++) {
                    String name = requests.key(i);
                    String text = Quantity.text(requests.value(i));
                    BigDecimal request = text == null ? null : Quantity.parse(text);
                    if (request == null) {
                        continue;
                    }
                    // the server names the requests map, not the entry; the position is the entry's
                    FieldPath here = requestsAt.key(name).namedAs(requestsAt.path());
                    boolean overcommit = !name.startsWith("hugepages-") && !extended(name);
                    String limitText = Quantity.text(limits.get(name));
                    BigDecimal limit = limitText == null ? null : Quantity.parse(limitText);
                    if (limit != null && !overcommit && request.compareTo(limit) != 0) {
                        errors.invalid(m, here, text, "must be equal to " + name + " limit");
                    } else if (limit != null && request.compareTo(limit) > 0) {
                        errors.invalid(m, here, text, "must be less than or equal to " + name + " limit");
                    } else if (limitText == null && !overcommit) {
                        errors.required(m, c.at().child("resources", "limits"), "Limit must be set for non overcommitable resources");
                    }
                }
            }
        }
    }

    static boolean standard(String name) {
        return name.equals("cpu") || name.equals("memory") || name.equals("ephemeral-storage") || name.startsWith("hugepages-");
    }

    /** A resource of Kubernetes itself: no domain, or one in kubernetes.io. */
    static boolean native_(String name) {
        return name.indexOf('/') < 0 || name.contains("kubernetes.io/");
    }

    /** An extended resource ({@code example.com/gpu}): counted in whole units, never overcommitted. */
    static boolean extended(String name) {
        return !native_(name) && !name.startsWith("requests.") && NameSyntax.qualifiedNameProblem("requests." + name) == null;
    }
}
