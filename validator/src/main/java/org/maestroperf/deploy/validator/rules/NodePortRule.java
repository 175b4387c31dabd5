package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.Value;

/** NodePorts lie in the default range 30000-32767 and no two Services ask for the same one. */
final class NodePortRule extends Rule {

    NodePortRule() {
        super("node-port", Severity.ERROR,
                "NodePorts are within 30000-32767 and unique across the bundle");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        manifests.ofKind("Service").forEach(s -> {
            List<Value> ports = s.root().path("spec", "ports").items();
            for (int i = 0; i < ports.size(); i++) {
                String text = ports.get(i).get("nodePort").text();
                if (text == null) {
                    continue;
                }
                String at = "/spec/ports/" + i + "/nodePort";
                long port;
                try {
                    port = Long.parseLong(text);
                } catch (NumberFormatException e) {
                    continue; // the schema reports the type
                }
                if (port < 30000 || port > 32767) {
                    out.add(finding(s, at, "nodePort " + port + " is outside the default NodePort range 30000-32767"));
                }
                String previous = seen.putIfAbsent(text, s.describe());
                if (previous != null) {
                    out.add(finding(s, at, "nodePort " + port + " is already used by " + previous));
                }
            }
        });
        return out;
    }
}
