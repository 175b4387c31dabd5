package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/** Ingress and Route backends name a Service of the bundle, and a port that Service has. */
final class BackendServiceRule extends Rule {

    BackendServiceRule() {
        super("backend-service", Severity.ERROR,
                "Ingress and Route backends name an existing Service and one of its ports");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.ofKind("Ingress").forEach(ing -> {
            Value defaultBackend = ing.root().path("spec", "defaultBackend", "service");
            if (!defaultBackend.isMissing()) {
                checkIngressBackend(manifests, ing, "/spec/defaultBackend/service", defaultBackend, out);
            }
            List<Value> rules = ing.root().path("spec", "rules").items();
            for (int r = 0; r < rules.size(); r++) {
                List<Value> paths = rules.get(r).path("http", "paths").items();
                for (int p = 0; p < paths.size(); p++) {
                    Value svc = paths.get(p).path("backend", "service");
                    if (!svc.isMissing()) {
                        checkIngressBackend(manifests, ing, "/spec/rules/" + r + "/http/paths/" + p + "/backend/service", svc, out);
                    }
                }
            }
        });
        manifests.ofKind("Route").forEach(route -> {
            Value to = route.root().path("spec", "to");
            if (!"Service".equals(to.get("kind").textOr("Service"))) {
                return;
            }
            Optional<Manifest> svc = service(manifests, route, to.get("name").textOr(""));
            if (svc.isEmpty()) {
                out.add(finding(route, "/spec/to/name", "Service '" + to.get("name").textOr("") + "' is not in the bundle"));
                return;
            }
            Value target = route.root().path("spec", "port", "targetPort");
            if (!target.isMissing() && !routePortExists(svc.get(), target.textOr(""))) {
                out.add(finding(route, "/spec/port/targetPort", "Service '" + svc.get().name() + "' has no port named or targeting '"
                        + target.textOr("") + "'"));
            }
        });
        return out;
    }

    private void checkIngressBackend(ManifestSet manifests, Manifest ing, String pointer, Value backend, List<Finding> out) {
        String name = backend.get("name").textOr("");
        Optional<Manifest> svc = service(manifests, ing, name);
        if (svc.isEmpty()) {
            out.add(finding(ing, pointer + "/name", "Service '" + name + "' is not in the bundle"));
            return;
        }
        Value port = backend.path("port", "number").isMissing() ? backend.path("port", "name") : backend.path("port", "number");
        if (!port.isMissing() && !Services.hasPort(svc.get(), port)) {
            out.add(finding(ing, pointer + "/port", "Service '" + name + "' has no port '" + port.textOr("") + "'"));
        }
    }

    private static Optional<Manifest> service(ManifestSet manifests, Manifest from, String name) {
        return manifests.named("Service", name, from.namespace()).findFirst();
    }

    /** A Route's targetPort names a Service port by name, or by its targetPort (name or number). */
    private static boolean routePortExists(Manifest svc, String target) {
        for (Value p : svc.root().path("spec", "ports").items()) {
            if (target.equals(p.get("name").text()) || target.equals(p.get("targetPort").text())
                    || (p.get("targetPort").isMissing() && target.equals(p.get("port").text()))) {
                return true;
            }
        }
        return false;
    }
}
