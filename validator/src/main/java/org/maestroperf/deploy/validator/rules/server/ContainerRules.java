package org.maestroperf.deploy.validator.rules.server;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.source.ListValue;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/** Containers: present, named once, with an image, valid ports, pull and termination-message policies. */
final class ContainerRules {

    static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");

    private ContainerRules() {
    }

    static final class Required extends PodRule {
        Required() {
            super("server-containers", "a pod has at least one container, and every container a name and an image");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            if (spec.get("containers") instanceof ListValue list && list.items().isEmpty()) {
                errors.required(m, at.child("containers"), "");
            }
            for (Containers c : containers) {
                if (c.value().get("name").textOr("").isEmpty() && Fields.isSet(c.value().get("name"))) {
                    errors.required(m, c.at().child("name"), "");
                }
                if (c.value().get("image").textOr("").isEmpty()) {
                    errors.required(m, c.at().child("image"), "");
                }
            }
        }
    }

    static final class NameDuplicate extends PodRule {
        NameDuplicate() {
            super("server-container-name-duplicate", "container and init container names are unique within a pod");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            Set<String> regular = new HashSet<>();
            Set<String> all = new HashSet<>();
            for (Value c : spec.get("containers").items()) {
                all.add(c.get("name").textOr(""));
            }
            for (Containers c : containers) {
                String name = c.name();
                // regular containers clash among themselves; an init container also with any regular one
                boolean clash = c.init() ? !all.add(name) : !regular.add(name);
                if (!name.isEmpty() && clash) {
                    errors.duplicate(m, c.at().child("name"), name);
                }
            }
        }
    }

    static final class Ports extends PodRule {
        Ports() {
            super("server-container-port", "containerPort is 1-65535, hostPort 0-65535 (and equal to containerPort with hostNetwork)");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            boolean hostNetwork = Fields.isTrue(spec.get("hostNetwork"));
            for (Containers c : containers) {
                List<Value> ports = c.value().get("ports").items();
                for (int i = 0; i < ports.size(); i++) {
                    FieldPath p = c.at().child("ports").index(i);
                    Long port = Fields.integer(ports.get(i).get("containerPort"));
                    Long hostPort = Fields.integer(ports.get(i).get("hostPort"));
                    if (port != null && port == 0) {
                        errors.required(m, p.child("containerPort"), "");
                    } else if (port != null && Syntax.portNumber(port) != null) {
                        errors.invalid(m, p.child("containerPort"), port, Syntax.portNumber(port));
                    }
                    if (hostPort != null && hostPort != 0 && Syntax.portNumber(hostPort) != null) {
                        errors.invalid(m, p.child("hostPort"), hostPort, Syntax.portNumber(hostPort));
                    }
                    if (hostNetwork && hostPort != null && hostPort != 0 && port != null && !hostPort.equals(port)) {
                        errors.invalid(m, p.child("containerPort"), port, "must match `hostPort` when `hostNetwork` is true");
                    }
                }
            }
        }
    }

    static final class PortNames extends PodRule {
        PortNames() {
            super("server-container-port-name", "container port names are IANA service names, unique within the container");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            for (Containers c : containers) {
                Set<String> names = new HashSet<>();
                List<Value> ports = c.value().get("ports").items();
                for (int i = 0; i < ports.size(); i++) {
                    String name = Fields.string(ports.get(i).get("name"));
                    if (name == null || name.isEmpty()) {
                        continue;
                    }
                    FieldPath p = c.at().child("ports").index(i).child("name");
                    String problem = Syntax.portName(name);
                    if (problem != null) {
                        errors.invalid(m, p, name, problem);
                    } else if (!names.add(name)) {
                        errors.duplicate(m, p, name);
                    }
                }
            }
        }
    }

    static final class HostPortDuplicate extends PodRule {
        HostPortDuplicate() {
            super("server-host-port-duplicate", "no two containers of a pod take the same hostPort, protocol and hostIP");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            Set<String> taken = new HashSet<>();
            for (Containers c : containers) {
                Set<String> own = c.init() ? new HashSet<>() : taken; // each init container runs alone
                List<Value> ports = c.value().get("ports").items();
                for (int i = 0; i < ports.size(); i++) {
                    Long hostPort = Fields.integer(ports.get(i).get("hostPort"));
                    if (hostPort == null || hostPort == 0) {
                        continue;
                    }
                    String key = ports.get(i).get("protocol").textOr("TCP") + "/" + ports.get(i).get("hostIP").textOr("") + "/" + hostPort;
                    if (!own.add(key)) {
                        errors.duplicate(m, c.at().child("ports").index(i).child("hostPort"), key);
                    }
                }
            }
        }
    }

    static final class ImagePullPolicy extends PodRule {
        ImagePullPolicy() {
            super("server-image-pull-policy", "imagePullPolicy is Always, IfNotPresent or Never");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            for (Containers c : containers) {
                String policy = Fields.string(c.value().get("imagePullPolicy"));
                if (policy != null && !policy.isEmpty() && !List.of("Always", "IfNotPresent", "Never").contains(policy)) {
                    errors.notSupported(m, c.at().child("imagePullPolicy"), policy, List.of("Always", "IfNotPresent", "Never"));
                }
            }
        }
    }

    static final class TerminationMessagePolicy extends PodRule {
        TerminationMessagePolicy() {
            super("server-termination-message-policy", "terminationMessagePolicy is File or FallbackToLogsOnError");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            for (Containers c : containers) {
                String policy = Fields.string(c.value().get("terminationMessagePolicy"));
                if (policy != null && !policy.isEmpty() && !policy.equals("File") && !policy.equals("FallbackToLogsOnError")) {
                    errors.invalid(m, c.at().child("terminationMessagePolicy"), policy, "must be 'File' or 'FallbackToLogsOnError'");
                }
            }
        }
    }

    /** Container ports and Service ports: the protocol is one the server knows. */
    static final class Protocol extends ServerRule {
        Protocol() {
            super("server-protocol", "container and Service port protocols are TCP, UDP or SCTP");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("Service");
        }

        @Override
        void pod(PodSpec pod, Errors errors) {
            if (pod.validated()) {
                for (Containers c : pod.containers()) {
                    check(pod.manifest(), c.value().get("ports").items(), c.at().child("ports"), errors);
                }
            }
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (kind.equals("Service")) {
                check(m, m.root().path("spec", "ports").items(), FieldPath.ROOT.child("spec", "ports"), errors);
            }
        }

        private static void check(Manifest m, List<Value> ports, FieldPath at, Errors errors) {
            for (int i = 0; i < ports.size(); i++) {
                String protocol = Fields.string(ports.get(i).get("protocol"));
                if (protocol != null && !protocol.isEmpty() && !PROTOCOLS.contains(protocol)) {
                    errors.notSupported(m, at.index(i).child("protocol"), protocol, PROTOCOLS);
                }
            }
        }
    }
}
