package org.maestroperf.deploy.validator.rules.server;

import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.rules.NameSyntax;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/** Ingresses (networking.k8s.io/v1): path types and paths, backends, hosts and TLS. Whether a backend's Service exists is {@code backend-service}'s. */
final class IngressRules {

    static final List<String> PATH_TYPES = List.of("Exact", "ImplementationSpecific", "Prefix");
    private static final List<String> INVALID_SEQUENCES = List.of("//", "/./", "/../", "%2f", "%2F");
    private static final List<String> INVALID_SUFFIXES = List.of("/..", "/.");

    private IngressRules() {
    }

    /** A rule over every networking.k8s.io/v1 Ingress. */
    abstract static class IngressRule extends ServerRule {
        IngressRule(String id, String summary) {
            super(id, summary);
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("Ingress");
        }

        @Override
        final void object(Manifest m, String kind, Errors errors) {
            if (!kind.equals("Ingress")) {
                return;
            }
            if (m.apiVersion().equals("networking.k8s.io/v1")) {
                check(m, m.root().get("spec"), FieldPath.ROOT.child("spec"), errors);
            }
        }

        abstract void check(Manifest m, Value spec, FieldPath at, Errors errors);

        /** Every HTTP path of the rules, with where it is. */
        static void paths(Value spec, FieldPath at, PathVisitor visitor) {
            List<Value> rules = spec.get("rules").items();
            for (int r = 0; r < rules.size(); r++) {
                List<Value> paths = rules.get(r).path("http", "paths").items();
                for (int p = 0; p < paths.size(); p++) {
                    visitor.visit(paths.get(p), at.child("rules").index(r).child("http", "paths").index(p));
                }
            }
        }
    }

    interface PathVisitor {
        void visit(Value path, FieldPath at);
    }

    static final class Paths extends IngressRule {
        Paths() {
            super("server-ingress-path", "Ingress paths have a pathType (Exact, Prefix or ImplementationSpecific); Exact and Prefix paths are absolute and clean");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, Errors errors) {
            List<Value> rules = spec.get("rules").items();
            for (int r = 0; r < rules.size(); r++) {
                Value http = rules.get(r).get("http");
                if (Fields.isSet(http) && http.get("paths").items().isEmpty()) {
                    errors.required(m, at.child("rules").index(r).child("http", "paths"), "");
                }
            }
            paths(spec, at, (path, p) -> {
                String type = Fields.string(path.get("pathType"));
                String text = path.get("path").textOr("");
                if (type == null) {
                    errors.required(m, p.child("pathType"), "pathType must be specified");
                } else if (type.equals("Exact") || type.equals("Prefix")) {
                    if (!text.startsWith("/")) {
                        errors.invalid(m, p.child("path"), text, "must be an absolute path");
                    }
                    for (String sequence : INVALID_SEQUENCES) {
                        if (text.contains(sequence)) {
                            errors.invalid(m, p.child("path"), text, "must not contain '" + sequence + "'");
                        }
                    }
                    for (String suffix : INVALID_SUFFIXES) {
                        if (text.endsWith(suffix)) {
                            errors.invalid(m, p.child("path"), text, "cannot end with '" + suffix + "'");
                        }
                    }
                } else if (type.equals("ImplementationSpecific")) {
                    if (!text.isEmpty() && !text.startsWith("/")) {
                        errors.invalid(m, p.child("path"), text, "must be an absolute path");
                    }
                } else {
                    errors.notSupported(m, p.child("pathType"), type, PATH_TYPES);
                }
            });
        }
    }

    static final class Backends extends IngressRule {
        Backends() {
            super("server-ingress-backend", "an Ingress has rules or a defaultBackend; each backend is one Service (DNS-1035 name, one port number or name) or one resource");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, Errors errors) {
            if (spec.get("rules").items().isEmpty() && !Fields.isSet(spec.get("defaultBackend"))) {
                errors.invalid(m, at, "", "either `defaultBackend` or `rules` must be specified");
            }
            if (Fields.isSet(spec.get("defaultBackend"))) {
                backend(m, spec.get("defaultBackend"), at.child("defaultBackend"), errors);
            }
            paths(spec, at, (path, p) -> backend(m, path.get("backend"), p.child("backend"), errors));
        }

        private static void backend(Manifest m, Value backend, FieldPath at, Errors errors) {
            boolean resource = Fields.isSet(backend.get("resource"));
            Value service = backend.get("service");
            if (resource && Fields.isSet(service)) {
                errors.invalid(m, at, "", "cannot set both resource and service backends");
                return;
            }
            if (resource) {
                return;
            }
            if (!Fields.isSet(service)) {
                errors.invalid(m, at, "", "resource or service backend is required");
                return;
            }
            String name = service.get("name").textOr("");
            if (name.isEmpty()) {
                errors.required(m, at.child("service", "name"), "");
            } else if (name.length() > 63 || !NameSyntax.dns1035Label(name)) {
                errors.invalid(m, at.child("service", "name"), name, "a DNS-1035 label must consist of lower case alphanumeric characters or '-', "
                        + "start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', "
                        + "regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
            }
            String portName = service.path("port", "name").textOr("");
            Long number = Fields.integer(service.path("port", "number"));
            boolean hasNumber = number != null && number != 0;
            if (!portName.isEmpty() && hasNumber) {
                errors.invalid(m, at, "", "cannot set both port name & port number");
            } else if (!portName.isEmpty()) {
                if (Syntax.portName(portName) != null) {
                    errors.invalid(m, at.child("service", "port", "name"), portName, Syntax.portName(portName));
                }
            } else if (hasNumber) {
                if (Syntax.portNumber(number) != null) {
                    errors.invalid(m, at.child("service", "port", "number"), number, Syntax.portNumber(number));
                }
            } else {
                errors.required(m, at, "port name or number is required");
            }
        }
    }

    static final class Hosts extends IngressRule {
        Hosts() {
            super("server-ingress-host", "Ingress rule and TLS hosts are DNS names (a leading '*.' allowed), not IP addresses; TLS secretName and ingressClassName are DNS-1123 subdomains");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, Errors errors) {
            List<Value> rules = spec.get("rules").items();
            for (int r = 0; r < rules.size(); r++) {
                String host = rules.get(r).get("host").textOr("");
                FieldPath p = at.child("rules").index(r).child("host");
                if (host.isEmpty()) {
                    continue;
                }
                if (Syntax.ip(host)) {
                    errors.invalid(m, p, host, "must be a DNS name, not an IP address");
                }
                host(m, host, p, errors);
            }
            List<Value> tls = spec.get("tls").items();
            for (int t = 0; t < tls.size(); t++) {
                List<Value> hosts = tls.get(t).get("hosts").items();
                for (int h = 0; h < hosts.size(); h++) {
                    host(m, hosts.get(h).textOr(""), at.child("tls").index(t).child("hosts").index(h), errors);
                }
                subdomain(m, Fields.string(tls.get(t).get("secretName")), at.child("tls").index(t).child("secretName"), errors);
            }
            subdomain(m, Fields.string(spec.get("ingressClassName")), at.child("ingressClassName"), errors);
        }

        private static void host(Manifest m, String host, FieldPath at, Errors errors) {
            if (host.contains("*")) {
                String rest = host.startsWith("*.") ? host.substring(2) : null;
                if (rest == null || rest.isEmpty() || rest.length() > 251 || !NameSyntax.dns1123Subdomain(rest)) {
                    errors.invalid(m, at, host, "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of "
                            + "lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', "
                            + "regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
                }
            } else if (host.length() > 253 || !NameSyntax.dns1123Subdomain(host)) {
                errors.invalid(m, at, host, Messages.DNS1123_SUBDOMAIN);
            }
        }

        private static void subdomain(Manifest m, String name, FieldPath at, Errors errors) {
            if (name != null && !name.isEmpty() && (name.length() > 253 || !NameSyntax.dns1123Subdomain(name))) {
                errors.invalid(m, at, name, Messages.DNS1123_SUBDOMAIN);
            }
        }
    }
}
