package org.maestroperf.deploy.validator.rules.maestro;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.rules.ManifestSet;
import org.maestroperf.deploy.validator.rules.PodTemplates;
import org.maestroperf.deploy.validator.rules.Rule;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/** MAESTRO_BROKER points at a Service of the bundle, on a port that Service exposes (MQTT 1883 by default). */
public final class MaestroBrokerRule extends Rule {

    public MaestroBrokerRule() {
        super("maestro-broker", Severity.ERROR,
                "MAESTRO_BROKER resolves to a Service in the bundle on a port it exposes");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.pods().forEach(p -> {
            for (PodTemplates.Container c : p.containers()) {
                ClientEnv.Var broker = ClientEnv.of(manifests, p.manifest(), c).get("MAESTRO_BROKER");
                if (broker == null || broker.value() == null || broker.value().contains("$(")) {
                    continue;
                }
                URI uri;
                try {
                    uri = URI.create(broker.value().trim());
                } catch (IllegalArgumentException e) {
                    out.add(finding(p.manifest(), broker.pointer(), "MAESTRO_BROKER '" + broker.value() + "' is not a URL"));
                    continue;
                }
                if (uri.getHost() == null) {
                    out.add(finding(p.manifest(), broker.pointer(), "MAESTRO_BROKER '" + broker.value() + "' has no host"));
                    continue;
                }
                String[] host = uri.getHost().split("\\.");
                String namespace = host.length > 1 && !host[1].equals("svc") ? host[1] : p.manifest().namespace();
                int port = uri.getPort() < 0 ? 1883 : uri.getPort();
                Optional<Manifest> service = manifests.named("Service", host[0], namespace).findFirst();
                if (service.isEmpty()) {
                    out.add(finding(p.manifest(), broker.pointer(), "MAESTRO_BROKER host '" + uri.getHost()
                            + "' is not a Service of the bundle"));
                } else if (!exposes(service.get(), port)) {
                    out.add(finding(p.manifest(), broker.pointer(), "Service '" + host[0] + "' does not expose port " + port
                            + " that MAESTRO_BROKER '" + broker.value() + "' uses"));
                }
            }
        });
        return out;
    }

    private static boolean exposes(Manifest service, int port) {
        for (Value p : service.root().path("spec", "ports").items()) {
            if (String.valueOf(port).equals(p.get("port").text())) {
                return true;
            }
        }
        return false;
    }
}
