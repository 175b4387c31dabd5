package org.maestroperf.deploy.validator.rules.server;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.rules.NameSyntax;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/**
 * Services: type, ports, cluster IP, external name, traffic policy and session affinity. NodePort
 * ranges and clashes are {@code node-port}'s, the selector's label syntax {@code label-syntax}'s.
 */
final class ServiceRules {

    static final List<String> TYPES = List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort");

    private ServiceRules() {
    }

    /** The type a Service gets: ClusterIP when unset. */
    static String type(Manifest s) {
        String type = Fields.string(s.root().path("spec", "type"));
        return type == null || type.isEmpty() ? "ClusterIP" : type;
    }

    private static boolean headless(Manifest s) {
        return "None".equals(Fields.string(s.root().path("spec", "clusterIP")));
    }

    /** A rule over every Service, one at a time. */
    abstract static class ServiceRule extends ServerRule {
        ServiceRule(String id, String summary) {
            super(id, summary);
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("Service");
        }

        @Override
        final void object(Manifest s, String kind, Errors errors) {
            if (!kind.equals("Service")) {
                return;
            }
            check(s, s.root().get("spec"), FieldPath.ROOT.child("spec"), errors);
        }

        abstract void check(Manifest s, Value spec, FieldPath at, Errors errors);
    }

    static final class Type extends ServiceRule {
        Type() {
            super("server-service-type", "a Service's type is ClusterIP, NodePort, LoadBalancer or ExternalName");
        }

        @Override
        void check(Manifest s, Value spec, FieldPath at, Errors errors) {
            if (!TYPES.contains(type(s))) {
                errors.notSupported(s, at.child("type"), type(s), TYPES);
            }
        }
    }

    static final class Ports extends ServiceRule {
        Ports() {
            super("server-service-ports", "Service ports: present (but for headless and ExternalName Services), 1-65535, named (DNS-1123 labels, unique) when more than one, "
                    + "unique per protocol, valid target ports, no nodePort on a ClusterIP Service");
        }

        @Override
        void check(Manifest s, Value spec, FieldPath at, Errors errors) {
            List<Value> ports = spec.get("ports").items();
            if (ports.isEmpty() && !headless(s) && !type(s).equals("ExternalName")) {
                errors.required(s, at.child("ports"), "");
            }
            Set<String> names = new HashSet<>();
            Set<String> numbers = new HashSet<>();
            for (int i = 0; i < ports.size(); i++) {
                Value port = ports.get(i);
                FieldPath p = at.child("ports").index(i);
                String name = Fields.string(port.get("name"));
                if (ports.size() > 1 && (name == null || name.isEmpty())) {
                    errors.required(s, p.child("name"), "");
                } else if (name != null && !name.isEmpty()) {
                    if (name.length() > 63 || !NameSyntax.dns1123Label(name)) {
                        errors.invalid(s, p.child("name"), name, Messages.DNS1123_LABEL);
                    }
                    if (!names.add(name)) {
                        errors.duplicate(s, p.child("name"), name);
                    }
                }
                Long number = Fields.integer(port.get("port"));
                if (number != null && Syntax.portNumber(number) != null) {
                    errors.invalid(s, p.child("port"), number, Syntax.portNumber(number));
                }
                Object target = Fields.intOrString(port.get("targetPort"));
                boolean defaulted = target == null || target.equals(0L) || target.equals("");
                if (!defaulted && Syntax.portNumberOrName(target) != null) {
                    errors.invalid(s, p.child("targetPort"), target, Syntax.portNumberOrName(target));
                }
                String protocol = port.get("protocol").textOr("TCP");
                if (number != null && !numbers.add(protocol + "/" + number)) {
                    errors.duplicate(s, p, "{" + protocol + " " + number + "}");
                }
                Long nodePort = Fields.integer(port.get("nodePort"));
                if (nodePort != null && nodePort != 0 && type(s).equals("ClusterIP")) {
                    errors.forbidden(s, p.child("nodePort"), "may not be used when `type` is 'ClusterIP'");
                }
                String appProtocol = Fields.string(port.get("appProtocol"));
                if (appProtocol != null && NameSyntax.qualifiedNameProblem(appProtocol) != null) {
                    errors.invalid(s, p.child("appProtocol"), appProtocol, "name part " + NameSyntax.qualifiedNameProblem(appProtocol).substring("has an ".length()));
                }
            }
        }
    }

    static final class ClusterIp extends ServiceRule {
        ClusterIp() {
            super("server-cluster-ip", "clusterIP is an IP address or None (not for NodePort and LoadBalancer Services), and unset for ExternalName Services");
        }

        @Override
        void check(Manifest s, Value spec, FieldPath at, Errors errors) {
            String ip = Fields.string(spec.get("clusterIP"));
            if (ip == null || ip.isEmpty()) {
                return;
            }
            String type = type(s);
            if (type.equals("ExternalName")) {
                errors.forbidden(s, at.child("clusterIP"), "may not be set for ExternalName services");
            } else if (ip.equals("None")) {
                if (type.equals("NodePort") || type.equals("LoadBalancer")) {
                    errors.invalid(s, at.child("clusterIP"), ip, "may not be set to 'None' for " + type + " services");
                }
            } else if (!Syntax.ip(ip)) {
                errors.invalid(s, at.child("clusterIP"), ip, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
            }
        }
    }

    static final class ExternalName extends ServiceRule {
        ExternalName() {
            super("server-external-name", "an ExternalName Service names a DNS-1123 subdomain in spec.externalName");
        }

        @Override
        void check(Manifest s, Value spec, FieldPath at, Errors errors) {
            if (!type(s).equals("ExternalName")) {
                return;
            }
            String name = spec.get("externalName").textOr("");
            String cname = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            if (cname.isEmpty()) {
                errors.required(s, at.child("externalName"), "");
            } else if (cname.length() > 253 || !NameSyntax.dns1123Subdomain(cname)) {
                errors.invalid(s, at.child("externalName"), cname, Messages.DNS1123_SUBDOMAIN);
            }
        }
    }

    static final class ExternalTrafficPolicy extends ServiceRule {
        ExternalTrafficPolicy() {
            super("server-external-traffic-policy", "externalTrafficPolicy is Cluster or Local, and set only on NodePort and LoadBalancer Services");
        }

        @Override
        void check(Manifest s, Value spec, FieldPath at, Errors errors) {
            String policy = Fields.string(spec.get("externalTrafficPolicy"));
            if (policy == null || policy.isEmpty()) {
                return;
            }
            if (!policy.equals("Cluster") && !policy.equals("Local")) {
                errors.invalid(s, at.child("externalTrafficPolicy"), policy, "ExternalTrafficPolicy must be empty, Cluster or Local");
            } else if (!type(s).equals("NodePort") && !type(s).equals("LoadBalancer")) {
                errors.invalid(s, at.child("externalTrafficPolicy"), policy, "ExternalTrafficPolicy can only be set on NodePort and LoadBalancer service");
            }
        }
    }

    static final class SessionAffinity extends ServiceRule {
        SessionAffinity() {
            super("server-session-affinity", "sessionAffinity is None or ClientIP, its timeout 1-86400 seconds");
        }

        @Override
        void check(Manifest s, Value spec, FieldPath at, Errors errors) {
            String affinity = Fields.string(spec.get("sessionAffinity"));
            if (affinity != null && !affinity.isEmpty() && !affinity.equals("None") && !affinity.equals("ClientIP")) {
                errors.notSupported(s, at.child("sessionAffinity"), affinity, List.of("ClientIP", "None"));
            }
            Long timeout = Fields.integer(spec.path("sessionAffinityConfig", "clientIP", "timeoutSeconds"));
            if ("ClientIP".equals(affinity) && timeout != null && (timeout <= 0 || timeout > 86400)) {
                errors.invalid(s, at.child("sessionAffinityConfig", "clientIP", "timeoutSeconds"), timeout, "must be greater than 0 and less than 86400");
            }
        }
    }
}
